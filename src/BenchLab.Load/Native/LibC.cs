using System.Runtime.InteropServices;

namespace BenchLab.Load.Native;

/// <summary>
/// The few libc calls the event loop makes. Non-blocking sockets and epoll are driven directly, without
/// System.Net.Sockets, because its completions hop from the socket engine's thread to the thread pool; a
/// single thread that owns its sockets measured 1.25× wrk's throughput on this machine (docs/load-engine.md).
/// </summary>
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int socket(int domain, int type, int protocol);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int connect(int fd, byte* address, int addressLength);

    // The hot calls on non-blocking sockets return at once, so they skip the GC transition (which, with
    // SetLastError, costs two extra calls into the runtime per syscall); errno is read right after a failure
    // with ErrorNumber, and nothing can run in between because there is no transition.

    [LibraryImport(Library)]
    [SuppressGCTransition]
    internal static partial nint send(int fd, byte* buffer, nint length, int flags);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    internal static partial nint recv(int fd, byte* buffer, nint length, int flags);

    /// <summary>epoll_wait that never blocks (timeout 0): the busy-poll and the first look of every turn.</summary>
    [LibraryImport(Library, EntryPoint = "epoll_wait")]
    [SuppressGCTransition]
    internal static partial int epoll_poll(int epollFd, EpollEvent* events, int maxEvents, int timeoutMustBeZero);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int close(int fd);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int setsockopt(int fd, int level, int name, int* value, int length);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int getsockopt(int fd, int level, int name, int* value, int* length);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int epoll_create1(int flags);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int epoll_ctl(int epollFd, int operation, int fd, EpollEvent* epollEvent);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int epoll_wait(int epollFd, EpollEvent* events, int maxEvents, int timeoutMilliseconds);

    /// <summary>epoll_wait with a nanosecond timeout (Linux 5.11+), so that arrivals of an open-model run are
    /// started on time without spinning between them.</summary>
    [LibraryImport(Library, SetLastError = true)]
    internal static partial int epoll_pwait2(int epollFd, EpollEvent* events, int maxEvents, Timespec* timeout, nint signalMask);

    [LibraryImport(Library, SetLastError = true)]
    internal static partial int getrusage(int who, RUsage* usage);

    internal static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>errno of the last call made without SetLastError (valid right after a failed call).</summary>
    internal static int ErrorNumber => Marshal.GetLastSystemError();
}

/// <summary>struct epoll_event; packed on x86-64, which is the only layout the lab builds for.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal struct EpollEvent
{
    public uint Events;
    public ulong Data;
}

[StructLayout(LayoutKind.Sequential)]
internal struct Timespec
{
    public long Seconds;
    public long Nanoseconds;
}

/// <summary>struct rusage on 64-bit Linux: two timevals followed by fourteen longs.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct RUsage
{
    public long UserSeconds;
    public long UserMicroseconds;
    public long SystemSeconds;
    public long SystemMicroseconds;
    public long MaxResidentKilobytes;
    public long SharedMemory;
    public long UnsharedData;
    public long UnsharedStack;
    public long MinorFaults;
    public long MajorFaults;
    public long Swaps;
    public long BlockInputs;
    public long BlockOutputs;
    public long MessagesSent;
    public long MessagesReceived;
    public long Signals;
    public long VoluntaryContextSwitches;
    public long InvoluntaryContextSwitches;
}
