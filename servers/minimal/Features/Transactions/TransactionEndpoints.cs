using System.Diagnostics;
using MinimalServer.Http;
using MinimalServer.Json;
using Npgsql;

namespace MinimalServer.Features.Transactions;

/// <summary>13: products, the stock reset, and <c>POST /transactions/decrement/{method}</c> for the four methods.</summary>
public static class TransactionEndpoints
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static void MapTransactions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/transactions/products/{id:int}", GetProductAsync);
        app.MapPost("/transactions/reset", ResetAsync);
        app.MapPost("/transactions/decrement/no-lock", (HttpContext c, StockDecrements s) => DecrementAsync(c, "no-lock", (p, q, _) => s.NoLockAsync(p, q, c.RequestAborted)));
        app.MapPost("/transactions/decrement/pessimistic", (HttpContext c, StockDecrements s) => DecrementAsync(c, "pessimistic", (p, q, _) => s.PessimisticAsync(p, q, c.RequestAborted)));
        app.MapPost("/transactions/decrement/optimistic", (HttpContext c, StockDecrements s) => DecrementAsync(c, "optimistic", (p, q, r) => s.OptimisticAsync(p, q, r, c.RequestAborted)));
        app.MapPost("/transactions/decrement/serializable", (HttpContext c, StockDecrements s) => DecrementAsync(c, "serializable", (p, q, _) => s.SerializableAsync(p, q, c.RequestAborted)));
    }

    private static async Task<IResult> GetProductAsync(int id, NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT id, name, stock, version, updated_at FROM products WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? TypedResults.Json(new Product(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDateTime(4)), AppJson.Context.Product)
            : Problems.NotFound($"product {id} does not exist");
    }

    private static async Task<IResult> ResetAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("UPDATE products SET stock = 1000, version = 0, updated_at = $1");
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = T0, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Timestamp });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return TypedResults.Json(new MessageResponse("All stocks reset to 1000"), AppJson.Context.MessageResponse);
    }

    private static async Task<IResult> DecrementAsync(HttpContext context, string method, Func<int, int, int, Task<DecrementOutcome>> decrement)
    {
        var query = new QueryReader(context.Request);
        var productId = query.SmallNumber("product_id", 1, 1, int.MaxValue);
        var quantity = query.SmallNumber("quantity", 1, 1, 1000);
        var maxRetries = method == "optimistic" ? query.SmallNumber("max_retries", 5, 1, 20) : 0;
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        var started = Stopwatch.GetTimestamp();
        var outcome = await decrement(productId, quantity, maxRetries);
        var elapsed = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
        if (!outcome.Found)
        {
            return Problems.NotFound($"product {productId} does not exist");
        }
        if (outcome.Succeeded)
        {
            return TypedResults.Json(new DecrementResponse(true, method, productId, outcome.OldStock, outcome.NewStock, outcome.Retries, elapsed, null), AppJson.Context.DecrementResponse);
        }
        var detail = outcome.SqlState is null
            ? $"the stock of product {productId} changed under all {outcome.Retries} attempts"
            : $"PostgreSQL aborted the transaction on product {productId} (SQLSTATE {outcome.SqlState})";
        var conflict = new DecrementConflict("about:blank", Problems.Title(409), 409, detail, false, method, productId, outcome.Retries, elapsed, outcome.SqlState);
        return TypedResults.Json(conflict, AppJson.Context.DecrementConflict, Problems.ContentType, StatusCodes.Status409Conflict);
    }
}
