namespace BenchLab.Reports.Charts;

/// <summary>One bar: its label on the axis, its height, and the interval drawn as an error bar (Low ≤ Value ≤ High).</summary>
public sealed record BarValue(string Label, double Value, double Low, double High, int ColorIndex);
