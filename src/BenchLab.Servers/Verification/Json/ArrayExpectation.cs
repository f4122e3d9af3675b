using System.Text.Json;

namespace BenchLab.Servers.Verification.Json;

/// <summary>An array of exactly these items, in this order (every list of the contract has a total order, D5).</summary>
public sealed class ArrayExpectation(IReadOnlyList<JsonExpectation> items) : JsonExpectation
{
    private const int MaximumItemProblems = 5;

    public IReadOnlyList<JsonExpectation> Items => items;

    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.Array)
        {
            verdict.Add($"{path}: expected an array of {items.Count} items, got {KindOf(actual)} {Show(actual)}");
            return;
        }
        var length = actual.GetArrayLength();
        if (length != items.Count)
        {
            verdict.Add($"{path}: expected {items.Count} items, got {length}");
        }
        // One wrong row usually means many: report the first few, not a thousand.
        var before = verdict.Problems.Count;
        var index = 0;
        foreach (var item in actual.EnumerateArray().Take(items.Count))
        {
            var itemVerdict = new Verdict();
            items[index].Match(item, $"{path}[{index}]", itemVerdict);
            if (!itemVerdict.Passed && verdict.Problems.Count - before < MaximumItemProblems)
            {
                verdict.Include(itemVerdict);
            }
            index++;
        }
    }

    public override string Describe() => $"an array of {items.Count} items";
}

/// <summary>An array whose every item has one shape, optionally of a given length.</summary>
public sealed class ArrayOfExpectation(JsonExpectation item, int? count) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.Array)
        {
            verdict.Add($"{path}: expected {Describe()}, got {KindOf(actual)} {Show(actual)}");
            return;
        }
        if (count is not null && actual.GetArrayLength() != count)
        {
            verdict.Add($"{path}: expected {count} items, got {actual.GetArrayLength()}");
        }
        var index = 0;
        foreach (var element in actual.EnumerateArray())
        {
            var itemVerdict = new Verdict();
            item.Match(element, $"{path}[{index++}]", itemVerdict);
            if (!itemVerdict.Passed)
            {
                verdict.Include(itemVerdict);
                return;
            }
        }
    }

    public override string Describe() => count is null ? $"an array of {item.Describe()}" : $"an array of {count} × {item.Describe()}";
}
