namespace BenchLab.Load.Engine;

/// <summary>A bounded FIFO of timestamps (the open model's backlog of iterations waiting for a free VU); a ring
/// buffer that grows up to its bound and never allocates per item.</summary>
internal sealed class LongQueue(int limit)
{
    private long[] _items = new long[Math.Min(Math.Max(limit, 1), 1024)];
    private int _head;

    public int Count { get; private set; }

    public int Limit { get; } = limit;

    public bool TryEnqueue(long value)
    {
        if (Count >= Limit)
        {
            return false;
        }
        if (Count == _items.Length)
        {
            var grown = new long[Math.Min(_items.Length * 2, Math.Max(Limit, 1))];
            for (var i = 0; i < Count; i++)
            {
                grown[i] = _items[(_head + i) % _items.Length];
            }
            _items = grown;
            _head = 0;
        }
        _items[(_head + Count) % _items.Length] = value;
        Count++;
        return true;
    }

    public long Dequeue()
    {
        var value = _items[_head];
        _head = (_head + 1) % _items.Length;
        Count--;
        return value;
    }

    public void Clear()
    {
        Count = 0;
        _head = 0;
    }
}
