using BenchLab.Reports.Records;
using BenchLab.Results.Comparison;
using BenchLab.Results.Model;

namespace BenchLab.Reports;

/// <summary>
/// One result's measurement of one scenario, as the report draws it: a series name (the server label, or label
/// and run when a label appears in several runs), a colour index, and the representative repetition — the valid
/// one with the median req/s — whose timelines stand for the scenario where one line is drawn.
/// </summary>
public sealed record ScenarioEntry(string Series, int ColorIndex, RunResult Run, ScenarioResult Scenario)
{
    public IReadOnlyList<RepetitionResult> Measured =>
        RepetitionMetric.ValidRepetitions(Scenario).ToList() is { Count: > 0 } valid ? valid : Scenario.Repetitions;

    public RepetitionResult Representative
    {
        get
        {
            var ordered = Measured.OrderBy(r => r.Load.RequestsPerSecond).ToList();
            return ordered[(ordered.Count - 1) / 2];
        }
    }

    public LoadRecord? RepresentativeLoad => LoadRecord.Of(Representative.LoadRecord);

    public IReadOnlyList<TelemetryPoint> RepresentativeTelemetry => TelemetryRecord.Points(Representative.TelemetryRecord, RepresentativeLoad);
}
