using MinimalServer.Http;
using MinimalServer.Json;
using Npgsql;

namespace MinimalServer.Features.Users;

/// <summary>
/// <c>/users</c> CRUD (03, 04): list with limit 1..1000 (1000) and offset ≥ 0 in id order, create (201), read,
/// partial update, delete (204). A path id that is not a positive int32 is 404; a taken email is 409.
/// </summary>
public static class UsersEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/users", ListAsync);
        app.MapPost("/users", CreateAsync);
        app.MapGet("/users/{id:int}", GetAsync);
        app.MapPut("/users/{id:int}", UpdateAsync);
        app.MapDelete("/users/{id:int}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, UserStore users)
    {
        var query = new QueryReader(context.Request);
        var limit = query.SmallNumber("limit", 1000, 1, 1000);
        var offset = query.Number("offset", 0, 0, long.MaxValue);
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        return TypedResults.Json(await users.ListAsync(limit, offset, context.RequestAborted), AppJson.Context.ListUser);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, UserStore users)
    {
        var (document, problem) = await JsonBody.ReadAsync(context, MaxBodyBytes);
        if (document is null)
        {
            return problem!;
        }
        string name, email;
        using (document)
        {
            var body = new BodyReader(document);
            var givenName = UserInput.Name(body, required: true);
            var givenEmail = UserInput.Email(body, required: true);
            if (body.HasErrors(out var invalid))
            {
                return invalid;
            }
            (name, email) = (givenName!, givenEmail!);
        }
        try
        {
            var user = await users.InsertAsync(name, email, context.RequestAborted);
            return TypedResults.Json(user, AppJson.Context.User, statusCode: StatusCodes.Status201Created);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Problems.Conflict($"a user with email '{email}' already exists");
        }
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, UserStore users)
    {
        var user = id > 0 ? await users.FindAsync(id, context.RequestAborted) : null;
        return user is null ? Problems.NotFound($"user {id} does not exist") : TypedResults.Json(user, AppJson.Context.User);
    }

    private static async Task<IResult> UpdateAsync(int id, HttpContext context, UserStore users)
    {
        if (id <= 0)
        {
            return Problems.NotFound($"user {id} does not exist");
        }
        var (document, problem) = await JsonBody.ReadAsync(context, MaxBodyBytes);
        if (document is null)
        {
            return problem!;
        }
        string? name, email;
        using (document)
        {
            var body = new BodyReader(document);
            name = UserInput.Name(body, required: false);
            email = UserInput.Email(body, required: false);
            if (body.HasErrors(out var invalid))
            {
                return invalid;
            }
        }
        try
        {
            var user = await users.UpdateAsync(id, name, email, context.RequestAborted);
            return user is null ? Problems.NotFound($"user {id} does not exist") : TypedResults.Json(user, AppJson.Context.User);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Problems.Conflict($"a user with email '{email}' already exists");
        }
    }

    private static async Task<IResult> DeleteAsync(int id, HttpContext context, UserStore users) =>
        id > 0 && await users.DeleteAsync(id, context.RequestAborted)
            ? TypedResults.NoContent()
            : Problems.NotFound($"user {id} does not exist");
}
