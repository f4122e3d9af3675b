using Microsoft.EntityFrameworkCore;
using MinimalServer.Data;
using MinimalServer.Http;
using MinimalServer.Json;

namespace MinimalServer.Features.NPlusOne;

/// <summary>
/// 11: the same page of authors with their posts, loaded three ways through EF Core (contract §3.4):
/// lazy — the page, then one posts query per author, one after another (1 + N statements); eager — one joined
/// statement (<c>Include</c> + <c>AsSingleQuery</c>); subquery — the page, then all its posts (<c>AsSplitQuery</c>, 2).
/// </summary>
public static class NPlusOneEndpoints
{
    public static void MapNPlusOne(this IEndpointRouteBuilder app)
    {
        app.MapGet("/n-plus-one/lazy", LazyAsync);
        app.MapGet("/n-plus-one/eager", (HttpContext context, BenchDbContext db) => IncludedAsync(context, db, splitQuery: false));
        app.MapGet("/n-plus-one/subquery", (HttpContext context, BenchDbContext db) => IncludedAsync(context, db, splitQuery: true));
    }

    private static async Task<IResult> LazyAsync(HttpContext context, BenchDbContext db)
    {
        if (!TryReadPage(context, out var limit, out var offset, out var problem))
        {
            return problem;
        }
        var authors = await Page(db, limit, offset).ToListAsync(context.RequestAborted);
        var result = new List<AuthorWithPosts>(authors.Count);
        foreach (var author in authors)
        {
            // Deliberately one query per author, awaited in turn: this is the N+1 pattern being measured.
            var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == author.Id).OrderBy(p => p.Id).ToListAsync(context.RequestAborted);
            result.Add(AuthorWithPosts.From(author, posts));
        }
        return TypedResults.Json(result, AppJson.Context.ListAuthorWithPosts);
    }

    private static async Task<IResult> IncludedAsync(HttpContext context, BenchDbContext db, bool splitQuery)
    {
        if (!TryReadPage(context, out var limit, out var offset, out var problem))
        {
            return problem;
        }
        var query = Page(db, limit, offset).Include(a => a.Posts.OrderBy(p => p.Id));
        var authors = await (splitQuery ? query.AsSplitQuery() : query.AsSingleQuery()).ToListAsync(context.RequestAborted);
        return TypedResults.Json(authors.Select(a => AuthorWithPosts.From(a, a.Posts)).ToList(), AppJson.Context.ListAuthorWithPosts);
    }

    private static IQueryable<Author> Page(BenchDbContext db, int limit, long offset) =>
        db.Authors.AsNoTracking().OrderBy(a => a.Id).Skip((int)offset).Take(limit);

    private static bool TryReadPage(HttpContext context, out int limit, out long offset, out IResult problem)
    {
        var query = new QueryReader(context.Request);
        limit = query.SmallNumber("limit", 20, 1, 100);
        offset = query.Number("offset", 0, 0, int.MaxValue);
        return !query.HasErrors(out problem);
    }
}
