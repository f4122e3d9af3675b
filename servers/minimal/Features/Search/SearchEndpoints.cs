using System.Text;
using MinimalServer.Http;
using MinimalServer.Json;
using Npgsql;

namespace MinimalServer.Features.Search;

public sealed record ArticleItem(int Id, string Title, string Body, DateTime CreatedAt);

public sealed record SearchResponse(string Query, string Mode, long Total, List<ArticleItem> Items);

/// <summary>
/// 19: substring search with <c>LIKE '%q%'</c> (a sequential scan by design) against full-text search on the GIN
/// index (<c>search_vector @@ plainto_tsquery('simple', q)</c>); each a count and a page in id order.
/// </summary>
public static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search/like", (HttpContext c, NpgsqlDataSource db) =>
            SearchAsync(c, db, "like", "title LIKE $1 OR body LIKE $1", q => "%" + EscapeLike(q.ToLowerInvariant()) + "%"));
        app.MapGet("/search/fulltext", (HttpContext c, NpgsqlDataSource db) =>
            SearchAsync(c, db, "fulltext", "search_vector @@ plainto_tsquery('simple', $1)", q => q));
    }

    /// <summary>Escapes LIKE's wildcards and its escape character with a backslash.</summary>
    public static string EscapeLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static async Task<IResult> SearchAsync(HttpContext context, NpgsqlDataSource database, string mode, string predicate, Func<string, string> parameter)
    {
        var query = new QueryReader(context.Request);
        var q = query.RequiredText("q", 100);
        var limit = query.SmallNumber("limit", 20, 1, 100);
        var offset = query.SmallNumber("offset", 0, 0, 10_000);
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        var argument = parameter(q);
        long total;
        await using (var count = database.CreateCommand($"SELECT count(*) FROM articles WHERE {predicate}"))
        {
            count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = argument });
            total = (long)(await count.ExecuteScalarAsync(context.RequestAborted))!;
        }
        var items = new List<ArticleItem>(limit);
        await using (var page = database.CreateCommand($"SELECT id, title, body, created_at FROM articles WHERE {predicate} ORDER BY id LIMIT $2 OFFSET $3"))
        {
            page.Parameters.Add(new NpgsqlParameter<string> { TypedValue = argument });
            page.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
            page.Parameters.Add(new NpgsqlParameter<int> { TypedValue = offset });
            await using var reader = await page.ExecuteReaderAsync(context.RequestAborted);
            while (await reader.ReadAsync(context.RequestAborted))
            {
                items.Add(new ArticleItem(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetDateTime(3)));
            }
        }
        return TypedResults.Json(new SearchResponse(q, mode, total, items), AppJson.Context.SearchResponse);
    }
}
