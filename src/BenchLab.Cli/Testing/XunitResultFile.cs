using System.Globalization;
using System.Xml.Linq;

namespace BenchLab.Cli.Testing;

/// <summary>Reads an xUnit.net v2+ XML result file (<c>-result-xml</c>) into counts and failure messages.</summary>
public static class XunitResultFile
{
    public static TestOutcome Read(string path, string assemblyName)
    {
        var document = XDocument.Load(path);
        var outcome = TestOutcome.Empty;
        foreach (var assembly in document.Descendants("assembly"))
        {
            var failures = assembly.Descendants("test")
                .Where(test => (string?)test.Attribute("result") == "Fail")
                .Select(test => new FailedTest(assemblyName, (string?)test.Attribute("name") ?? "?", FirstLine(test.Element("failure")?.Element("message")?.Value)))
                .ToList();
            // Catastrophic errors (a fixture that threw, a class that could not be built) are failures too.
            failures.AddRange(assembly.Descendants("errors").Elements("error")
                .Select(error => new FailedTest(assemblyName, (string?)error.Attribute("name") ?? (string?)error.Attribute("type") ?? "error", FirstLine(error.Element("failure")?.Element("message")?.Value))));
            outcome = outcome.Add(new TestOutcome(
                Count(assembly, "passed"),
                Count(assembly, "failed") + Count(assembly, "errors"),
                Count(assembly, "skipped") + Count(assembly, "not-run"),
                failures));
        }
        return outcome;
    }

    private static int Count(XElement assembly, string attribute) =>
        int.TryParse((string?)assembly.Attribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string FirstLine(string? message) => (message ?? "").Split('\n', 2)[0].Trim();
}
