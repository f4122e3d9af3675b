namespace BenchLab.Load;

/// <summary>A group of requests (k6's group()): <c>using (vu.Group("Flow")) { … }</c>. Disposing it records the
/// group's <c>group_duration</c> and returns to the enclosing group.</summary>
public readonly struct GroupScope : IDisposable
{
    private readonly VuContext? _vu;
    private readonly int _previousGroup;
    private readonly int _group;
    private readonly long _start;

    internal GroupScope(VuContext vu, int previousGroup, int group, long start)
    {
        _vu = vu;
        _previousGroup = previousGroup;
        _group = group;
        _start = start;
    }

    public void Dispose() => _vu?.EndGroup(_group, _previousGroup, _start);
}
