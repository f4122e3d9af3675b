namespace BenchLab.Load.Executors;

/// <summary>
/// The intended start times of an open-model run: iteration k starts when the integral of the (piecewise-linear)
/// rate reaches k, the first at time 0. Computed on the fly, so a schedule of any length takes no memory.
/// Iterations are dealt round-robin to the event loops (<paramref name="loop"/> of <paramref name="loops"/>).
/// </summary>
internal sealed class ArrivalSchedule
{
    private readonly Segment[] _segments;
    private readonly int _loop;
    private readonly int _loops;
    private long _next;
    private int _segment;

    public ArrivalSchedule(double startRatePerSecond, IEnumerable<(TimeSpan Duration, double EndRatePerSecond)> stages, int loop = 0, int loops = 1)
    {
        var segments = new List<Segment>();
        var from = startRatePerSecond;
        double start = 0, cumulative = 0;
        foreach (var (duration, to) in stages)
        {
            var seconds = duration.TotalSeconds;
            var count = (from + to) / 2 * seconds;
            segments.Add(new Segment(start, seconds, from, to, cumulative, cumulative + count));
            start += seconds;
            cumulative += count;
            from = to;
        }
        _segments = [.. segments];
        _loop = loop;
        _loops = loops;
        _next = loop;
        TotalSeconds = start;
    }

    public double TotalSeconds { get; }

    /// <summary>The number of iterations the whole schedule (all loops) starts.</summary>
    public long TotalIterations => _segments.Length == 0 ? 0 : (long)Math.Ceiling(_segments[^1].CumulativeEnd - 1e-9);

    public ArrivalSchedule ForLoop(int loop, int loops) =>
        new(_segments.Length == 0 ? 0 : _segments[0].FromRate, _segments.Select(s => (TimeSpan.FromSeconds(s.Seconds), s.ToRate)), loop, loops);

    /// <summary>The next intended start of this loop's share, in seconds from the run's start; false when the
    /// schedule has ended.</summary>
    public bool TryNext(out double offsetSeconds)
    {
        var k = (double)_next;
        while (_segment < _segments.Length && k >= _segments[_segment].CumulativeEnd - 1e-9)
        {
            _segment++;
        }
        if (_segment >= _segments.Length)
        {
            offsetSeconds = 0;
            return false;
        }
        var s = _segments[_segment];
        var need = k - s.CumulativeStart;
        var a = (s.ToRate - s.FromRate) / (2 * s.Seconds);
        var b = s.FromRate;
        // Solve a·τ² + b·τ = need for the first τ ≥ 0, in the form that stays stable when a is near 0.
        var discriminant = Math.Max(0, b * b + 4 * a * need);
        var tau = need <= 0 ? 0 : 2 * need / (b + Math.Sqrt(discriminant));
        offsetSeconds = s.Start + Math.Min(tau, s.Seconds);
        _next += _loops;
        return true;
    }

    private readonly record struct Segment(double Start, double Seconds, double FromRate, double ToRate, double CumulativeStart, double CumulativeEnd);
}
