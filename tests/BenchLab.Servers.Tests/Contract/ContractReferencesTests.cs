using BenchLab.Servers.Verification.Checks;
using BenchLab.Testing;

namespace BenchLab.Servers.Tests.Contract;

/// <summary>
/// The contract lives in contract/ and every "§" resolves there: the check groups' sections, every § in the lab's
/// sources (its help texts, verify messages, summaries and reports are written from them) and in the docs; and
/// nothing in the repository points at a contract outside it.
/// </summary>
public sealed class ContractReferencesTests
{
    // Spelt in two parts so that this file is not itself a hit of `git grep "\.\./shared"`.
    private static readonly string OutsideFolder = string.Concat("..", "/shared");

    private static readonly string[] SearchedFolders = ["src", "servers", "docs", "benchmarks", "db"];

    private static string Root => LabEnvironment.Layout.RepositoryRoot;

    [Fact]
    public void The_contract_has_every_numbered_section_of_version_1_1()
    {
        var expected = new[] { (1, 6), (2, 6), (3, 11), (6, 10), (7, 9), (8, 6), (9, 10) }
            .SelectMany(part => Enumerable.Range(1, part.Item2).Select(sub => $"§{part.Item1}.{sub}").Prepend($"§{part.Item1}"))
            .Concat(["§4", "§5"]);
        Assert.All(expected, section => Assert.Contains(section, ContractSections.All));
    }

    [Fact]
    public void Every_check_group_cites_a_section_of_the_contract()
    {
        Assert.All(CheckCatalog.All, group => Assert.Contains(group.Section, ContractSections.All));
    }

    [Fact]
    public void Every_section_sign_in_the_sources_and_docs_resolves_to_a_heading_in_contract()
    {
        var files = SearchedFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.*", SearchOption.AllDirectories))
            .Where(file => Path.GetExtension(file) is ".cs" or ".md" or ".sql" or ".py")
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
            .Append(Path.Combine(Root, "README.md"));
        var unresolved = files
            .SelectMany(file => ContractSections.Unresolved(File.ReadAllText(file)).Select(reference => $"{Path.GetRelativePath(Root, file)}: {reference}"))
            .ToList();
        Assert.True(unresolved.Count == 0, string.Join("\n", unresolved));
    }

    [Fact]
    public void Nothing_in_the_repository_points_outside_it_for_the_contract()
    {
        var offending = Directory.EnumerateFiles(Root, "*.*", SearchOption.AllDirectories)
            .Where(file => !file.Contains("/.git/", StringComparison.Ordinal) && !file.Contains("/bin/", StringComparison.Ordinal)
                && !file.Contains("/obj/", StringComparison.Ordinal) && !file.Contains("/.benchlab/", StringComparison.Ordinal)
                && !file.Contains("/node_modules/", StringComparison.Ordinal) && !file.Contains("/results/", StringComparison.Ordinal))
            .Where(file => Path.GetExtension(file) is ".cs" or ".md" or ".json" or ".yaml" or ".yml" or ".props" or ".csproj" or ".sh" or "" or ".py" or ".sql")
            .Where(file => new FileInfo(file).Length < 2_000_000 && File.ReadAllText(file).Contains(OutsideFolder, StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Root, file))
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }
}
