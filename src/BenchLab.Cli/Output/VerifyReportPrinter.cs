using System.Globalization;
using BenchLab.Servers.Verification;

namespace BenchLab.Cli.Output;

/// <summary>
/// The verify table: one line per check (pass/FAIL, group and section, what was checked) with each problem of a
/// failed check indented below it, then the statements per request of every profiled route (§8.6), then the count.
/// </summary>
public static class VerifyReportPrinter
{
    public static void Print(VerifyReport report, string target, TextWriter output)
    {
        output.WriteLine($"verify {target}");
        output.WriteLine();
        output.WriteLine($"{"RESULT",-6}  {"GROUP",-22}  CHECK");
        foreach (var check in report.Checks)
        {
            output.WriteLine($"{(check.Passed ? "pass" : "FAIL"),-6}  {$"{check.Group} {check.Section}",-22}  {check.Name}");
            foreach (var problem in check.Problems)
            {
                output.WriteLine($"{"",-32}- {problem}");
            }
        }
        if (report.Statements.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Statements per request by route (pg_stat_statements; one route at a time, sequential requests; resets and BEGIN/COMMIT excluded):");
            output.WriteLine($"{"ROUTE",-52}  {"CONTRACT",8}  {"MEASURED",8}  {"ROWS/REQ",8}");
            foreach (var route in report.Statements)
            {
                var expected = route.Expected?.ToString(CultureInfo.InvariantCulture) ?? "-";
                var rows = route.Profile.Requests == 0 ? 0 : (double)route.Profile.Rows / route.Profile.Requests;
                output.WriteLine($"{route.Route,-52}  {expected,8}  {route.Profile.PerRequest,8:0.##}  {rows,8:0.##}{(route.Matches ? "" : "  ← differs")}");
            }
        }
        output.WriteLine();
        output.WriteLine($"{report.Checks.Count} checks: {report.Passed} passed, {report.Failed} failed ({report.Took.TotalSeconds:0.0} s)");
    }
}
