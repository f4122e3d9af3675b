using BenchLab.Infra.Seed.Tables;

namespace BenchLab.Infra.Seed;

/// <summary>Every seeded table (bulk_items stays empty), in an order that respects foreign keys.</summary>
public static class SeedCatalog
{
    public static IReadOnlyList<TableSeed> All { get; } =
    [
        new UsersSeed(), new UsersNarrowSeed(), new UsersWideSeed(), new UsersExtraWideSeed(),
        new UsersTypeIntSeed(), new UsersTypeVarcharSeed(), new UsersTypeTextSeed(), new UsersTypeJsonbSeed(),
        new UsersTypeTimestampSeed(), new UsersTypeUuidSeed(),
        new AuthorsSeed(), new PostsSeed(), new ProductsSeed(), new SearchVocabSeed(), new ArticlesSeed(),
    ];

    public static TableSeed For(string table) => All.Single(seed => seed.Table == table);
}
