using System.Collections.Concurrent;

namespace BenchLab.Load.Metrics;

/// <summary>
/// Gives every group, request series and check a small integer id, shared by all event loops, so that the hot
/// path records by array index. Interning takes a lock only the first time a key is seen.
/// </summary>
public sealed class MetricRegistry
{
    public const int RootGroup = 0;

    private readonly Interner<string> _groups = new();
    private readonly Interner<(int Group, string Name, string Tags)> _series = new();
    private readonly Interner<(int Group, string Name)> _checks = new();

    public MetricRegistry() => _groups.Intern("");

    public int Group(string path) => _groups.Intern(path);

    public string GroupPath(int id) => _groups[id];

    public int GroupCount => _groups.Count;

    public int Series(int group, string name, string tags) => _series.Intern((group, name, tags));

    public SeriesKey SeriesKey(int id)
    {
        var (group, name, tags) = _series[id];
        return new SeriesKey(_groups[group], name, tags);
    }

    public int SeriesCount => _series.Count;

    public int Check(int group, string name) => _checks.Intern((group, name));

    public CheckKey CheckKey(int id)
    {
        var (group, name) = _checks[id];
        return new CheckKey(_groups[group], name);
    }

    public int CheckCount => _checks.Count;

    /// <summary>Child group path as k6 writes it: "::parent::child".</summary>
    public static string ChildPath(string parent, string name) => $"{parent}::{name}";

    private sealed class Interner<T> where T : notnull
    {
        private readonly ConcurrentDictionary<T, int> _ids = new();
        private readonly List<T> _keys = [];
        private readonly Lock _lock = new();

        public int Intern(T key)
        {
            if (_ids.TryGetValue(key, out var id))
            {
                return id;
            }
            lock (_lock)
            {
                if (_ids.TryGetValue(key, out id))
                {
                    return id;
                }
                id = _keys.Count;
                _keys.Add(key);
                _ids[key] = id;
                return id;
            }
        }

        public T this[int id]
        {
            get
            {
                lock (_lock)
                {
                    return _keys[id];
                }
            }
        }

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _keys.Count;
                }
            }
        }
    }
}
