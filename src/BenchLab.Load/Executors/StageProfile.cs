namespace BenchLab.Load.Executors;

/// <summary>The piecewise-linear value of a ramping executor at a moment of the run.</summary>
internal static class StageProfile
{
    public static double ValueAt(double start, IReadOnlyList<Stage> stages, TimeSpan elapsed)
    {
        var from = start;
        var stageStart = TimeSpan.Zero;
        foreach (var stage in stages)
        {
            var stageEnd = stageStart + stage.Duration;
            if (elapsed < stageEnd)
            {
                var fraction = stage.Duration <= TimeSpan.Zero ? 1 : (elapsed - stageStart) / stage.Duration;
                return from + (stage.Target - from) * fraction;
            }
            from = stage.Target;
            stageStart = stageEnd;
        }
        return from;
    }
}
