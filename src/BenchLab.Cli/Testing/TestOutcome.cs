namespace BenchLab.Cli.Testing;

/// <summary>A failed test and why, for the summary at the end.</summary>
public sealed record FailedTest(string Assembly, string Name, string Message);

/// <summary>Counts from one or more xunit result files, plus failures that are not tests (a crashed process).</summary>
public sealed record TestOutcome(int Passed, int Failed, int Skipped, IReadOnlyList<FailedTest> Failures)
{
    public static TestOutcome Empty { get; } = new(0, 0, 0, []);

    public TestOutcome Add(TestOutcome other) =>
        new(Passed + other.Passed, Failed + other.Failed, Skipped + other.Skipped, [.. Failures, .. other.Failures]);

    /// <summary>The last line of <c>./benchlab test</c>: "N passed, N failed" plus ", N skipped" when any were.</summary>
    public string SummaryLine() => Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";
}
