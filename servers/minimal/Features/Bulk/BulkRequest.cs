using System.Text.RegularExpressions;
using MinimalServer.Http;

namespace MinimalServer.Features.Bulk;

/// <summary>The query of every bulk operation: <c>count</c> 1..10000 (1000) and a required <c>batch</c> key.</summary>
public sealed partial record BulkRequest(int Count, string Batch)
{
    /// <summary>Row s of a batch: name item_s, value s (updates write s × 10).</summary>
    public static string ItemName(int seq) => "item_" + seq.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryRead(HttpRequest request, out BulkRequest bulk, out IResult problem)
    {
        var query = new QueryReader(request);
        var count = query.SmallNumber("count", 1000, 1, 10_000);
        var batch = request.Query["batch"];
        if (batch.Count != 1 || !BatchPattern().IsMatch(batch[0] ?? ""))
        {
            query.AddError("batch", "is required: 1 to 64 characters of A-Z, a-z, 0-9, '_' or '-'");
        }
        bulk = new BulkRequest(count, batch.Count == 1 ? batch[0] ?? "" : "");
        return !query.HasErrors(out problem);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex BatchPattern();
}
