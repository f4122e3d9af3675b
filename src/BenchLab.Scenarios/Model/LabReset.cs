namespace BenchLab.Scenarios.Model;

/// <summary>The reset procedures of contract §2.6 a scenario asks the runner for.</summary>
[Flags]
public enum LabReset
{
    None = 0,
    Users = 1,
    Bulk = 2,
    Products = 4,
    Redis = 8,
}

/// <summary>When resets run: before the warm-up, between warm-up and measurement, after the measurement.</summary>
public sealed record ResetPlan(LabReset Before, LabReset AfterWarmup, LabReset After)
{
    public static ResetPlan None { get; } = new(LabReset.None, LabReset.None, LabReset.None);

    /// <summary>The same reset before the run and again after the warm-up (data-changing scenarios, §1.5).</summary>
    public static ResetPlan BeforeAndAfterWarmup(LabReset reset) => new(reset, reset, LabReset.None);
}
