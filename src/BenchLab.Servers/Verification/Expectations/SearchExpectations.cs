using BenchLab.Infra.Seed;
using BenchLab.Infra.Seed.Tables;

namespace BenchLab.Servers.Verification.Expectations;

/// <summary>
/// Which articles a vocabulary word finds (§3.10), from the seed rules: the ids whose title or body contains the
/// word, ascending. For a vocabulary word LIKE and full-text find the same rows (§2.5).
/// </summary>
public static class SearchExpectations
{
    private static readonly Lazy<IReadOnlyList<(int Id, string Text)>> Texts = new(() =>
    [
        .. SeedValues.Rows(new ArticlesSeed()).Select(row => ((int)row["id"], (string)row["title"] + " " + (string)row["body"])),
    ]);

    /// <summary>The ids matching <paramref name="lowerCaseTerm"/> as a substring, in id order.</summary>
    public static IReadOnlyList<int> MatchingIds(string lowerCaseTerm) =>
        [.. Texts.Value.Where(article => article.Text.Contains(lowerCaseTerm, StringComparison.Ordinal)).Select(article => article.Id)];

    public static string Word(int j) => SeedRules.Word(j);
}
