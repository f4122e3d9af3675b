using BenchLab.Load.Http;

namespace BenchLab.Load.Engine;

internal enum ConnectionState
{
    Disconnected,
    Connecting,
    Idle,
    Sending,
    AwaitingResponse,
}

/// <summary>A VU's keep-alive connection: its socket, where the current request's bytes are, and the
/// response parser's state. Owned by one event loop.</summary>
internal sealed class Connection
{
    public int Fd = -1;
    public ConnectionState State;
    public readonly ResponseParser Parser = new();
    public byte[] SendBytes = [];
    public int SendOffset;
    public bool WatchingWritable;
    public int RequestsServed;
    public bool CloseAfterResponse;
}
