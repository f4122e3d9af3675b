using BenchLab.Scenarios;
using BenchLab.Scenarios.Model;

namespace BenchLab.Runner.Tests;

/// <summary>The catalog of contract §4 and how users select from it.</summary>
public sealed class ScenarioCatalogTests
{
    [Fact]
    public void Every_contract_scenario_is_in_the_catalog_once_in_contract_order()
    {
        string[] contract = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16-a", "16-b", "17-a", "17-b", "17-c", "18", "19", "20", "21", "22", "23-cold", "23-warm"];
        Assert.Equal(contract, ScenarioCatalog.All().Select(s => s.Id));
        Assert.Equal(ScenarioCatalog.All().Count, ScenarioCatalog.All().Select(s => s.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("caching", "14,15,16-a,16-b")]
    [InlineData("23", "23-cold,23-warm")]
    [InlineData("23-warm", "23-cold,23-warm")]
    [InlineData("17", "17-a,17-b,17-c")]
    [InlineData("03-db-read", "03")]
    [InlineData("11 03", "03,11")]
    public void Selectors_resolve_to_scenarios_in_contract_order(string selectors, string expected)
    {
        var (scenarios, unknown) = ScenarioCatalog.Select(selectors.Split(' '));
        Assert.Empty(unknown);
        Assert.Equal(expected, string.Join(',', scenarios.Select(s => s.Id)));
    }

    [Fact]
    public void Unknown_selectors_are_reported()
    {
        var (_, unknown) = ScenarioCatalog.Select(["03", "99", "nonsense"]);
        Assert.Equal(["99", "nonsense"], unknown);
    }

    [Fact]
    public void The_default_suite_is_the_contracts_quick_tour()
    {
        var (scenarios, unknown) = ScenarioCatalog.Select(ScenarioCatalog.DefaultSuite);
        Assert.Empty(unknown);
        Assert.Equal("01,02,03,04,05,06,07,08,09,11,13,15,17-b,18", string.Join(',', scenarios.Select(s => s.Id)));
    }

    [Fact]
    public void Modes_follow_section_8_4()
    {
        var basic = ScenarioCatalog.Find("01")!;
        var advanced = ScenarioCatalog.Find("09")!;
        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), 1), Shape(basic.Timing(RunMode.Smoke)));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), 1), Shape(basic.Timing(RunMode.Quick)));
        Assert.Equal((TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), 10), Shape(basic.Timing(RunMode.Full)));
        Assert.Equal(5, advanced.Timing(RunMode.Full).Repetitions);
        Assert.Equal(TimeSpan.FromSeconds(170), ScenarioCatalog.Find("21")!.Timing(RunMode.Full).Duration);
        Assert.InRange(ScenarioCatalog.Find("21")!.Timing(RunMode.Smoke).Duration.TotalSeconds, 11.5, 12.5);
        Assert.Equal(TimeSpan.FromMinutes(10), ScenarioCatalog.Find("22")!.Timing(RunMode.Full).Duration);
        Assert.False(ScenarioCatalog.Find("21")!.Supports(RunMode.Quick));
        Assert.False(ScenarioCatalog.Find("22")!.Supports(RunMode.Quick));
        Assert.Equal(TimeSpan.Zero, ScenarioCatalog.Find("23-cold")!.Timing(RunMode.Full).Warmup);
    }

    [Fact]
    public void Thresholds_are_the_contracts_group_p95_limits()
    {
        Assert.Equal(["group_duration{group:::OFFSET pagination}: p(95)<500", "group_duration{group:::Cursor pagination}: p(95)<200"], ScenarioCatalog.Find("09")!.Thresholds);
        Assert.Equal(10, ScenarioCatalog.Find("10")!.Thresholds.Count);
        Assert.Contains("group_duration{group:::A. Individual INSERT}: p(95)<30000", ScenarioCatalog.Find("12")!.Thresholds);
        Assert.Contains("group_duration{group:::Pure Hit}: p(95)<10", ScenarioCatalog.Find("16-a")!.Thresholds);
        Assert.Equal(["http_req_failed: rate<0.01"], ScenarioCatalog.Find("21")!.Thresholds);
        Assert.Empty(ScenarioCatalog.Find("17-a")!.Thresholds);
        foreach (var expression in ScenarioCatalog.All().SelectMany(s => s.Thresholds))
        {
            BenchLab.Load.Thresholds.Threshold.Parse(expression);
        }
    }

    private static (TimeSpan, TimeSpan, int) Shape(ScenarioTiming timing) => (timing.Warmup, timing.Duration, timing.Repetitions);
}
