using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>search_vocab</c>: j = 0..999 and word(j) (bababa … zuzuzu).</summary>
public sealed class SearchVocabSeed : TableSeed
{
    public override string Table => "search_vocab";

    public override IReadOnlyList<SeedColumn> Columns { get; } = [new("j", NpgsqlDbType.Integer), new("word", NpgsqlDbType.Text)];

    public override int RowCount => SeedRules.VocabularyWords;

    public override string? IdSequence => null;

    public override void WriteRow(IRowWriter writer, int index)
    {
        writer.Write(index);
        writer.Write(SeedRules.Word(index));
    }
}
