using BenchLab.Infra.Seed;

namespace BenchLab.Servers.Verification.Expectations;

/// <summary>The values of every row of a seeded table, by column name, straight from its seed rule.</summary>
public static class SeedValues
{
    public static IEnumerable<IReadOnlyDictionary<string, object>> Rows(TableSeed table)
    {
        for (var index = 0; index < table.RowCount; index++)
        {
            var writer = new CapturingWriter(table.Columns);
            table.WriteRow(writer, index);
            yield return writer.Values;
        }
    }

    private sealed class CapturingWriter(IReadOnlyList<SeedColumn> columns) : IRowWriter
    {
        public Dictionary<string, object> Values { get; } = new(StringComparer.Ordinal);

        public void Write(int value) => Add(value);

        public void Write(string value) => Add(value);

        public void Write(DateTime value) => Add(value);

        public void Write(DateOnly value) => Add(value);

        public void Write(Guid value) => Add(value);

        public void WriteJson(string json) => Add(json);

        private void Add(object value) => Values[columns[Values.Count].Name] = value;
    }
}
