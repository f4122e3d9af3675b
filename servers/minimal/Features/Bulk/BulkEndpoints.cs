using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MinimalServer.Data;
using MinimalServer.Http;
using MinimalServer.Json;
using Npgsql;

namespace MinimalServer.Features.Bulk;

/// <summary>
/// 12: writing <c>count</c> rows of one batch five ways (contract §3.5) — per-row ORM inserts each in its own
/// transaction, one ORM unit of work, one raw multi-row INSERT, per-row UPDATEs each in its own transaction, one
/// raw UPDATE. Rows are addressed by (batch_key, seq); only the lab truncates the table.
/// </summary>
public static class BulkEndpoints
{
    public static void MapBulk(this IEndpointRouteBuilder app)
    {
        app.MapPost("/bulk-operations/insert-individual", (HttpContext c, BenchDbContext db) => RunAsync(c, "insert-individual", r => InsertIndividualAsync(db, r, c.RequestAborted)));
        app.MapPost("/bulk-operations/insert-batch", (HttpContext c, BenchDbContext db) => RunAsync(c, "insert-batch", r => InsertBatchAsync(db, r, c.RequestAborted)));
        app.MapPost("/bulk-operations/insert-raw", (HttpContext c, NpgsqlDataSource ds) => RunAsync(c, "insert-raw", r => InsertRawAsync(ds, r, c.RequestAborted)));
        app.MapPost("/bulk-operations/update-individual", (HttpContext c, BenchDbContext db) => RunAsync(c, "update-individual", r => UpdateIndividualAsync(db, r, c.RequestAborted)));
        app.MapPost("/bulk-operations/update-bulk", (HttpContext c, NpgsqlDataSource ds) => RunAsync(c, "update-bulk", r => UpdateBulkAsync(ds, r, c.RequestAborted)));
        app.MapDelete("/bulk-operations/cleanup", async (NpgsqlDataSource ds, CancellationToken cancellationToken) =>
        {
            await using var command = ds.CreateCommand("TRUNCATE bulk_items RESTART IDENTITY");
            await command.ExecuteNonQueryAsync(cancellationToken);
            return TypedResults.Json(new MessageResponse("Table truncated"), AppJson.Context.MessageResponse);
        });
    }

    private static async Task<IResult> RunAsync(HttpContext context, string operation, Func<BulkRequest, Task<int>> work)
    {
        if (!BulkRequest.TryRead(context.Request, out var request, out var problem))
        {
            return problem;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            var affected = await work(request);
            var elapsed = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
            return TypedResults.Json(new BulkResponse(operation, request.Batch, request.Count, affected, elapsed), AppJson.Context.BulkResponse);
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            return Problems.Conflict($"batch '{request.Batch}' already holds some of rows 0..{request.Count - 1}");
        }
        catch (MissingRowException e)
        {
            return Problems.NotFound($"batch '{request.Batch}' has no row {e.Seq} to update");
        }
    }

    private static async Task<int> InsertIndividualAsync(BenchDbContext db, BulkRequest request, CancellationToken cancellationToken)
    {
        for (var seq = 0; seq < request.Count; seq++)
        {
            // One SaveChanges per row: one INSERT, one commit — the ORM habit this scenario measures.
            db.BulkItems.Add(new BulkItem { BatchKey = request.Batch, Seq = seq, Name = BulkRequest.ItemName(seq), Value = seq });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return request.Count;
    }

    private static async Task<int> InsertBatchAsync(BenchDbContext db, BulkRequest request, CancellationToken cancellationToken)
    {
        db.BulkItems.AddRange(Enumerable.Range(0, request.Count).Select(seq => new BulkItem { BatchKey = request.Batch, Seq = seq, Name = BulkRequest.ItemName(seq), Value = seq }));
        var written = await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    private static async Task<int> InsertRawAsync(NpgsqlDataSource database, BulkRequest request, CancellationToken cancellationToken)
    {
        var seqs = Enumerable.Range(0, request.Count).ToArray();
        await using var command = database.CreateCommand(
            "INSERT INTO bulk_items (batch_key, seq, name, value) SELECT $1, s, n, s FROM unnest($2::integer[], $3::text[]) AS r(s, n)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Batch });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = seqs });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. seqs.Select(BulkRequest.ItemName)] });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> UpdateIndividualAsync(BenchDbContext db, BulkRequest request, CancellationToken cancellationToken)
    {
        for (var seq = 0; seq < request.Count; seq++)
        {
            var value = seq * 10;
            var current = seq;
            var updated = await db.BulkItems
                .Where(b => b.BatchKey == request.Batch && b.Seq == current)
                .ExecuteUpdateAsync(setters => setters.SetProperty(b => b.Value, value), cancellationToken);
            if (updated == 0)
            {
                throw new MissingRowException(seq);
            }
        }
        return request.Count;
    }

    private static async Task<int> UpdateBulkAsync(NpgsqlDataSource database, BulkRequest request, CancellationToken cancellationToken)
    {
        var seqs = Enumerable.Range(0, request.Count).ToArray();
        await using var command = database.CreateCommand(
            "UPDATE bulk_items AS b SET value = u.v FROM unnest($2::integer[], $3::integer[]) AS u(s, v) WHERE b.batch_key = $1 AND b.seq = u.s");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Batch });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = seqs });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. seqs.Select(s => s * 10)] });
        var updated = await command.ExecuteNonQueryAsync(cancellationToken);
        return updated == 0 ? throw new MissingRowException(0) : updated;
    }

    private static bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>An update found no row for (batch, seq).</summary>
    private sealed class MissingRowException(int seq) : Exception($"no row {seq}")
    {
        public int Seq { get; } = seq;
    }
}
