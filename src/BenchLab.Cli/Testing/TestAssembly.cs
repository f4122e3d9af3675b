namespace BenchLab.Cli.Testing;

/// <summary>A built test project: its xunit v3 executable (run as <c>dotnet NAME.dll</c>).</summary>
public sealed record TestAssembly(string Name, string DllPath)
{
    /// <summary>Every <c>tests/*.Tests</c> project, built in Release.</summary>
    public static IReadOnlyList<TestAssembly> Discover(string repositoryRoot)
    {
        var testsRoot = Path.Combine(repositoryRoot, "tests");
        return [.. Directory.GetDirectories(testsRoot)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.EndsWith(".Tests", StringComparison.Ordinal) && File.Exists(Path.Combine(testsRoot, name, name + ".csproj")))
            .Order(StringComparer.Ordinal)
            .Select(name => new TestAssembly(name, Path.Combine(testsRoot, name, "bin", "Release", "net10.0", name + ".dll")))];
    }
}
