namespace BenchLab.Telemetry.DotNet;

/// <summary>
/// What the counter stream has said so far, shared between the EventPipe reader thread and the sampler:
/// the latest value of each gauge ("Mean" counters) and the increments of each count ("Sum" counters) not yet
/// handed to a sample.
/// </summary>
public sealed class RuntimeCounterState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, double> _gauges = [];
    private Dictionary<string, double> _pending = [];
    private int _batches;

    /// <summary>Records one published counter value.</summary>
    public void Record(string name, string counterType, double value)
    {
        lock (_lock)
        {
            if (counterType == "Sum")
            {
                _pending[name] = _pending.GetValueOrDefault(name) + value;
            }
            else
            {
                _gauges[name] = value;
            }
            // cpu-usage is the first counter of every System.Runtime publication: one batch per interval.
            if (name == "cpu-usage")
            {
                _batches++;
            }
        }
    }

    /// <summary>The latest gauges, and the counts accumulated since the previous call (which are then cleared).</summary>
    public (IReadOnlyDictionary<string, double> Gauges, IReadOnlyDictionary<string, double> Counts, int Batches) Take()
    {
        lock (_lock)
        {
            var counts = _pending;
            var batches = _batches;
            _pending = [];
            _batches = 0;
            return (new Dictionary<string, double>(_gauges), counts, batches);
        }
    }
}
