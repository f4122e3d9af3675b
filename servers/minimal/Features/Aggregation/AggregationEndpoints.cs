using Dapper;
using Microsoft.EntityFrameworkCore;
using MinimalServer.Data;
using MinimalServer.Http;
using MinimalServer.Json;
using Npgsql;

namespace MinimalServer.Features.Aggregation;

/// <summary>
/// 18: the same aggregations through EF Core LINQ (<c>orm</c>) and hand-written SQL through Dapper (<c>raw</c>).
/// The ORM count is three statements (count(*), count(id), count(DISTINCT status)); every other is one.
/// Ties are broken by country / author id, so the order is total (contract D5).
/// </summary>
public static class AggregationEndpoints
{
    public static void MapAggregation(this IEndpointRouteBuilder app)
    {
        app.MapGet("/aggregation/count/orm", CountOrmAsync);
        app.MapGet("/aggregation/count/raw", CountRawAsync);
        app.MapGet("/aggregation/stats/country/orm", CountryOrmAsync);
        app.MapGet("/aggregation/stats/country/raw", CountryRawAsync);
        app.MapGet("/aggregation/stats/author/orm", AuthorOrmAsync);
        app.MapGet("/aggregation/stats/author/raw", AuthorRawAsync);
    }

    private static async Task<IResult> CountOrmAsync(BenchDbContext db, CancellationToken cancellationToken)
    {
        var countStar = await db.UsersWide.LongCountAsync(cancellationToken);
        var countId = await db.UsersWide.Select(u => u.Id).LongCountAsync(cancellationToken);
        var countDistinct = await db.UsersWide.Select(u => u.Status).Distinct().LongCountAsync(cancellationToken);
        return TypedResults.Json(new CountResponse(countStar, countId, countDistinct), AppJson.Context.CountResponse);
    }

    private static async Task<IResult> CountRawAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<CountRow>(new CommandDefinition(
            "SELECT count(*) AS count_star, count(id) AS count_id, count(DISTINCT status) AS count_distinct_status FROM users_wide",
            cancellationToken: cancellationToken));
        return TypedResults.Json(new CountResponse(counts.count_star, counts.count_id, counts.count_distinct_status), AppJson.Context.CountResponse);
    }

    private static async Task<IResult> CountryOrmAsync(HttpContext context, BenchDbContext db)
    {
        if (!TryReadLimit(context, out var limit, out var problem))
        {
            return problem;
        }
        var rows = await db.UsersWide
            .GroupBy(u => u.Country)
            .Select(g => new { Country = g.Key, UserCount = g.LongCount(), TotalLogins = g.Sum(u => (long)u.LoginCount), AvgLogins = g.Average(u => (double)u.LoginCount) })
            .OrderByDescending(r => r.UserCount).ThenBy(r => r.Country)
            .Take(limit)
            .ToListAsync(context.RequestAborted);
        return TypedResults.Json(rows.Select(r => new CountryStats(r.Country ?? "", r.UserCount, r.TotalLogins, r.AvgLogins)).ToList(), AppJson.Context.ListCountryStats);
    }

    private static async Task<IResult> CountryRawAsync(HttpContext context, NpgsqlDataSource database)
    {
        if (!TryReadLimit(context, out var limit, out var problem))
        {
            return problem;
        }
        await using var connection = await database.OpenConnectionAsync(context.RequestAborted);
        var rows = await connection.QueryAsync<CountryRow>(new CommandDefinition(
            """
            SELECT country, count(id) AS user_count, sum(login_count) AS total_logins, avg(login_count)::float8 AS avg_logins
            FROM users_wide GROUP BY country ORDER BY user_count DESC, country ASC LIMIT @limit
            """,
            new { limit }, cancellationToken: context.RequestAborted));
        return TypedResults.Json(rows.Select(r => new CountryStats(r.country ?? "", r.user_count, r.total_logins, r.avg_logins)).ToList(), AppJson.Context.ListCountryStats);
    }

    private static async Task<IResult> AuthorOrmAsync(HttpContext context, BenchDbContext db)
    {
        if (!TryReadLimit(context, out var limit, out var problem))
        {
            return problem;
        }
        var rows = await db.Authors
            .Join(db.Posts, a => a.Id, p => p.AuthorId, (a, p) => new { a.Id, a.Name, p.ViewCount })
            .GroupBy(x => new { x.Id, x.Name })
            .Select(g => new { g.Key.Id, g.Key.Name, PostCount = g.LongCount(), TotalViews = g.Sum(x => (long)x.ViewCount), AvgViews = g.Average(x => (double)x.ViewCount) })
            .OrderByDescending(r => r.PostCount).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(context.RequestAborted);
        return TypedResults.Json(rows.Select(r => new AuthorStats(r.Id, r.Name, r.PostCount, r.TotalViews, r.AvgViews)).ToList(), AppJson.Context.ListAuthorStats);
    }

    private static async Task<IResult> AuthorRawAsync(HttpContext context, NpgsqlDataSource database)
    {
        if (!TryReadLimit(context, out var limit, out var problem))
        {
            return problem;
        }
        await using var connection = await database.OpenConnectionAsync(context.RequestAborted);
        var rows = await connection.QueryAsync<AuthorRow>(new CommandDefinition(
            """
            SELECT a.id AS author_id, a.name AS author_name, count(p.id) AS post_count, sum(p.view_count) AS total_views, avg(p.view_count)::float8 AS avg_views
            FROM authors a JOIN posts p ON p.author_id = a.id
            GROUP BY a.id, a.name ORDER BY count(p.id) DESC, a.id ASC LIMIT @limit
            """,
            new { limit }, cancellationToken: context.RequestAborted));
        return TypedResults.Json(rows.Select(r => new AuthorStats(r.author_id, r.author_name, r.post_count, r.total_views, r.avg_views)).ToList(), AppJson.Context.ListAuthorStats);
    }

    private static bool TryReadLimit(HttpContext context, out int limit, out IResult problem)
    {
        var query = new QueryReader(context.Request);
        limit = query.SmallNumber("limit", 10, 1, 100);
        return !query.HasErrors(out problem);
    }

    // Dapper row shapes, named after the SQL columns.
#pragma warning disable IDE1006, CA1812
    private sealed record CountRow(long count_star, long count_id, long count_distinct_status);

    private sealed record CountryRow(string? country, long user_count, long total_logins, double avg_logins);

    private sealed record AuthorRow(int author_id, string author_name, long post_count, long total_views, double avg_views);
#pragma warning restore IDE1006, CA1812
}
