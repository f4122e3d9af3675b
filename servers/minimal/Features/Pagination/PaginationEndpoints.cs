using MinimalServer.Features.Users;
using MinimalServer.Http;
using MinimalServer.Json;

namespace MinimalServer.Features.Pagination;

public sealed record OffsetPage(List<User> Items, long Total, long Page, int Size, long TotalPages);

public sealed record CursorPage(List<User> Items, long? NextCursor, int Size);

/// <summary>
/// 09: <c>GET /users/offset</c> (a count, then <c>LIMIT size OFFSET (page−1)×size</c>: 2 statements) against
/// <c>GET /users/cursor</c> (<c>WHERE id &gt; cursor … LIMIT size+1</c>: 1 statement; the extra row only tells
/// whether a next page exists).
/// </summary>
public static class PaginationEndpoints
{
    public static void MapPagination(this IEndpointRouteBuilder app)
    {
        app.MapGet("/users/offset", OffsetAsync);
        app.MapGet("/users/cursor", CursorAsync);
    }

    private static async Task<IResult> OffsetAsync(HttpContext context, UserStore users)
    {
        var query = new QueryReader(context.Request);
        var page = query.Number("page", 1, 1, long.MaxValue);
        var size = query.SmallNumber("size", 20, 1, 100);
        if (!query.HasErrors(out _) && page - 1 > (long.MaxValue / size))
        {
            query.AddError("page", "(page − 1) × size must fit a 64-bit integer");
        }
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        var total = await users.CountAsync(context.RequestAborted);
        var items = await users.ListAsync(size, (page - 1) * size, context.RequestAborted);
        var totalPages = (total + size - 1) / size;
        return TypedResults.Json(new OffsetPage(items, total, page, size, totalPages), AppJson.Context.OffsetPage);
    }

    private static async Task<IResult> CursorAsync(HttpContext context, UserStore users)
    {
        var query = new QueryReader(context.Request);
        var cursor = query.Number("cursor", 0, 0, long.MaxValue);
        var size = query.SmallNumber("size", 20, 1, 100);
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        var rows = await users.ListAfterAsync(cursor, size + 1, context.RequestAborted);
        long? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            next = rows[^1].Id;
        }
        return TypedResults.Json(new CursorPage(rows, next, size), AppJson.Context.CursorPage);
    }
}
