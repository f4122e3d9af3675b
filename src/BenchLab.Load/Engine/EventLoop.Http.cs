using System.Diagnostics;
using BenchLab.Load.Http;
using BenchLab.Load.Metrics;
using BenchLab.Load.Native;

namespace BenchLab.Load.Engine;

/// <summary>The HTTP/1.1 exchange on a VU's connection: connect, send, receive and parse, complete.</summary>
internal sealed unsafe partial class EventLoop
{
    private string? _connectError;
    private VuContext? _unmeasured;

    internal ValueTask<HttpResponse> Send(VuContext vu, HttpRequest request)
    {
        EnsureLoopThread();
        if (vu.InFlight || vu.Sleeping)
        {
            throw new InvalidOperationException("a VU sends one request at a time: await the previous SendAsync before the next");
        }
        if (_phase == Phase.Finished && vu.Recording)
        {
            // Only teardown (an unmeasured VU) may still send once the run has ended.
            throw new OperationCanceledException("the run has ended");
        }
        var encoded = request.Encode(Target);
        var now = Stopwatch.GetTimestamp();
        vu.ResetSource();
        vu.Request = request;
        vu.SeriesId = SeriesFor(vu.GroupId, request);
        // Open model: the iteration's first request is timed from the iteration's intended start. Otherwise the
        // clock starts when the bytes go to the kernel (TrySend), so that latency equals service time.
        vu.Intended = vu.IterationOriginPending ? vu.IterationStart : 0;
        vu.IterationOriginPending = false;
        vu.InFlight = true;
        vu.Retried = false;
        vu.SentAt = 0;
        vu.Deadline = now + (request.Timeout is { } timeout ? _run.Ticks(timeout) : _timeoutTicks);
        vu.Buffer.Clear();
        var connection = vu.Connection;
        connection.SendBytes = encoded.Bytes;
        connection.SendOffset = 0;
        connection.Parser.Reset(request.ExpectsNoBody);
        if (connection.State == ConnectionState.Disconnected)
        {
            StartConnect(vu);
        }
        else
        {
            TrySend(vu);
        }
        return new ValueTask<HttpResponse>(vu, vu.SourceVersion);
    }

    private int SeriesFor(int group, HttpRequest request)
    {
        var cached = Volatile.Read(ref request.CachedSeries);
        if (cached is not null && ReferenceEquals(cached.Registry, Registry) && cached.Group == group)
        {
            return cached.Id;
        }
        var id = Registry.Series(group, request.Name, request.TagKey);
        Volatile.Write(ref request.CachedSeries, new SeriesCacheEntry(Registry, group, id));
        return id;
    }

    private VuContext AddVu()
    {
        var id = _index + 1 + _vus.Count * _loops;
        var vu = new VuContext(this, id, _vus.Count, _run.Test.RunSeed, recording: true) { SetupData = _run.SetupData };
        _vus.Add(vu);
        return vu;
    }

    private void StartConnect(VuContext vu)
    {
        var connection = vu.Connection;
        var fd = Sockets.StartConnect(_address);
        if (fd < 0)
        {
            _connectError = $"cannot connect to {Target}: {Sockets.Describe(-fd)}";
            connection.State = ConnectionState.Disconnected;
            if (vu.InFlight)
            {
                Complete(vu, 0, RequestError.ConnectFailed, _connectError);
            }
            return;
        }
        connection.Fd = fd;
        connection.State = ConnectionState.Connecting;
        connection.RequestsServed = 0;
        connection.CloseAfterResponse = false;
        var e = new EpollEvent { Events = LinuxConstants.EpollIn | LinuxConstants.EpollOut, Data = (ulong)(uint)vu.LocalIndex };
        LibC.epoll_ctl(_epollFd, LinuxConstants.EpollCtlAdd, fd, &e);
        connection.WatchingWritable = true;
    }

    private void OnReady(VuContext vu, uint events)
    {
        var connection = vu.Connection;
        switch (connection.State)
        {
            case ConnectionState.Connecting:
                FinishConnect(vu);
                return;
            case ConnectionState.Sending when (events & LinuxConstants.EpollOut) != 0:
                TrySend(vu);
                if ((events & (LinuxConstants.EpollIn | LinuxConstants.EpollHup | LinuxConstants.EpollErr)) == 0)
                {
                    return;
                }
                break;
        }
        if (connection.State != ConnectionState.Disconnected)
        {
            Receive(vu);
        }
    }

    private void FinishConnect(VuContext vu)
    {
        var connection = vu.Connection;
        var error = Sockets.PendingError(connection.Fd);
        if (error != 0)
        {
            _connectError = $"cannot connect to {Target}: {Sockets.Describe(error)}";
            Close(vu);
            if (vu.InFlight)
            {
                Complete(vu, 0, RequestError.ConnectFailed, _connectError);
            }
            return;
        }
        connection.State = ConnectionState.Idle;
        WatchWritable(vu, false);
        if (vu.InFlight)
        {
            TrySend(vu);
        }
        else if (_open && _phase is Phase.Running or Phase.Draining && vu.Recording && !vu.Busy)
        {
            // A VU allocated during the run is ready for the backlog as soon as it is connected.
            vu.FreeSince = Stopwatch.GetTimestamp();
            _idle.Push(vu);
        }
    }

    private void TrySend(VuContext vu)
    {
        var connection = vu.Connection;
        var bytes = connection.SendBytes;
        if (connection.SendOffset == 0)
        {
            // Latency starts when the bytes are handed to the kernel (docs/load-engine.md, "what is timed").
            vu.SentAt = Stopwatch.GetTimestamp();
            if (vu.Intended == 0)
            {
                vu.Intended = vu.SentAt;
            }
        }
        nint sent;
        fixed (byte* start = bytes)
        {
            sent = LibC.send(connection.Fd, start + connection.SendOffset, bytes.Length - connection.SendOffset, LinuxConstants.MsgNoSignal);
        }
        if (sent < 0)
        {
            var error = LibC.ErrorNumber;
            if (error is LinuxConstants.EAgain or LinuxConstants.EIntr)
            {
                connection.State = ConnectionState.Sending;
                WatchWritable(vu, true);
                return;
            }
            if (connection.SendOffset == 0 && connection.RequestsServed > 0 && !vu.Retried)
            {
                // The server closed the idle keep-alive connection; nothing of this request was sent: reconnect once.
                Reconnect(vu);
                return;
            }
            Close(vu);
            Complete(vu, 0, RequestError.SendFailed, $"send failed: {Sockets.Describe(error)}");
            return;
        }
        connection.SendOffset += (int)sent;
        if (connection.SendOffset < bytes.Length)
        {
            connection.State = ConnectionState.Sending;
            WatchWritable(vu, true);
            return;
        }
        connection.State = ConnectionState.AwaitingResponse;
        WatchWritable(vu, false);
    }

    private void Receive(VuContext vu)
    {
        var connection = vu.Connection;
        var received = LibC.recv(connection.Fd, _receiveBuffer, ReceiveBufferSize, 0);
        if (received > 0)
        {
            if (!vu.InFlight || connection.State == ConnectionState.Idle)
            {
                // Bytes nobody asked for: the server is not speaking HTTP/1.1 request-response; drop the connection.
                Close(vu);
                return;
            }
            var data = new ReadOnlySpan<byte>(_receiveBuffer, (int)received);
            var result = connection.Parser.Feed(data, vu.Request!.KeepBody ? vu.Buffer : null, out var consumed);
            if (result == ParseResult.Complete)
            {
                if (consumed < received || connection.State == ConnectionState.Sending)
                {
                    connection.CloseAfterResponse = true;
                }
                Complete(vu, connection.Parser.Status, RequestError.None, null);
            }
            else if (result == ParseResult.Invalid)
            {
                var message = connection.Parser.Error;
                Close(vu);
                Complete(vu, 0, RequestError.InvalidResponse, message);
            }
            return;
        }
        var errno = received < 0 ? LibC.ErrorNumber : 0;
        if (received < 0 && errno is LinuxConstants.EAgain or LinuxConstants.EIntr)
        {
            return;
        }
        // The server closed the connection (or reset it).
        if (!vu.InFlight)
        {
            Close(vu);
            return;
        }
        var parser = connection.Parser;
        if (parser.ReadsUntilClose)
        {
            parser.FinishAtClose();
            var status = parser.Status;
            Close(vu);
            Complete(vu, status, RequestError.None, null);
            return;
        }
        if (parser.WireBytes == 0 && connection.RequestsServed > 0 && vu.Request!.IsIdempotent && !vu.Retried)
        {
            Reconnect(vu);
            return;
        }
        Close(vu);
        Complete(vu, 0, RequestError.ConnectionClosed, errno == 0
            ? "the server closed the connection before the response was complete"
            : $"connection error: {Sockets.Describe(errno)}");
    }

    private void Reconnect(VuContext vu)
    {
        Close(vu);
        vu.Retried = true;
        vu.Connection.SendOffset = 0;
        vu.Connection.Parser.Reset(vu.Request!.ExpectsNoBody);
        vu.Buffer.Clear();
        Recorder.Reconnects++;
        StartConnect(vu);
    }

    /// <summary>Ends the request in flight: records it and resumes the iteration (inline, on this thread).
    /// Everything about the connection is settled first, because the continuation may send at once.</summary>
    private void Complete(VuContext vu, int status, RequestError error, string? message)
    {
        var now = Stopwatch.GetTimestamp();
        var connection = vu.Connection;
        if (connection.State != ConnectionState.Disconnected)
        {
            if (error != RequestError.None || connection.CloseAfterResponse || connection.Parser.ConnectionClose)
            {
                Close(vu);
            }
            else
            {
                connection.State = ConnectionState.Idle;
                connection.RequestsServed++;
            }
        }
        vu.InFlight = false;
        var request = vu.Request!;
        var latency = now - (vu.Intended > 0 ? vu.Intended : now);
        var service = vu.SentAt > 0 ? now - vu.SentAt : latency;
        if (vu.Recording)
        {
            var latencyUs = HistogramConfig.TicksToMicroseconds(latency);
            Recorder.RecordRequest(vu.SeriesId, status, latencyUs, HistogramConfig.TicksToMicroseconds(service),
                error != RequestError.None || !request.IsExpected(status), error, connection.SendOffset, connection.Parser.WireBytes);
            if (vu.FirstLatencyUs < 0)
            {
                vu.FirstLatencyUs = latencyUs;
            }
        }
        vu.SetResult(new HttpResponse(status, error, message, request.KeepBody ? vu.Buffer : null, latency, service));
    }

    /// <summary>
    /// When the run ends, every request still in flight is counted as interrupted, with the time it had waited. In
    /// the open model its latency is at least that long, and it goes into the latency histograms as such a lower
    /// bound (status "none", failed), so that a server that stops answering shows in the percentiles instead of
    /// vanishing from them. In the closed model latency stays over completed requests.
    /// </summary>
    private void RecordUnanswered(long now)
    {
        foreach (var vu in _vus)
        {
            if (!vu.InFlight || !vu.Recording)
            {
                continue;
            }
            var origin = vu.Intended > 0 ? vu.Intended : vu.SentAt > 0 ? vu.SentAt : now;
            var waitedUs = HistogramConfig.TicksToMicroseconds(now - origin);
            Recorder.RecordInterrupted(waitedUs);
            if (_open)
            {
                var serviceUs = vu.SentAt > 0 ? HistogramConfig.TicksToMicroseconds(now - vu.SentAt) : waitedUs;
                Recorder.RecordRequest(vu.SeriesId, 0, waitedUs, serviceUs, failed: true, RequestError.Interrupted, vu.Connection.SendOffset, vu.Connection.Parser.WireBytes);
            }
        }
    }

    private void CheckTimeouts(long now)
    {
        foreach (var vu in _vus)
        {
            if (vu.InFlight && now > vu.Deadline)
            {
                TimeOut(vu);
            }
        }
        if (_unmeasured is { InFlight: true } setup && now > setup.Deadline)
        {
            TimeOut(setup);
        }
    }

    private void TimeOut(VuContext vu)
    {
        var limit = vu.Request?.Timeout ?? _run.Test.RequestTimeout;
        Close(vu);
        Complete(vu, 0, RequestError.Timeout, $"no complete response within {Executors.Describe.Duration(limit)}");
    }

    private void WatchWritable(VuContext vu, bool watch)
    {
        var connection = vu.Connection;
        if (connection.WatchingWritable == watch)
        {
            return;
        }
        var e = new EpollEvent { Events = LinuxConstants.EpollIn | (watch ? LinuxConstants.EpollOut : 0), Data = (ulong)(uint)vu.LocalIndex };
        LibC.epoll_ctl(_epollFd, LinuxConstants.EpollCtlMod, connection.Fd, &e);
        connection.WatchingWritable = watch;
    }

    private void Close(VuContext vu)
    {
        var connection = vu.Connection;
        if (connection.Fd >= 0)
        {
            LibC.epoll_ctl(_epollFd, LinuxConstants.EpollCtlDel, connection.Fd, null);
            LibC.close(connection.Fd);
            connection.Fd = -1;
        }
        connection.State = ConnectionState.Disconnected;
        connection.WatchingWritable = false;
    }
}
