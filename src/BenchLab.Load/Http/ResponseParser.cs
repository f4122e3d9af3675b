namespace BenchLab.Load.Http;

/// <summary>What <see cref="ResponseParser.Feed"/> found.</summary>
internal enum ParseResult
{
    /// <summary>The response is not complete yet; feed the next bytes.</summary>
    NeedMore,

    /// <summary>The response ended; bytes after it (there should be none: one request in flight) are not consumed.</summary>
    Complete,

    /// <summary>The bytes are not a valid HTTP/1.1 response; <see cref="ResponseParser.Error"/> says why.</summary>
    Invalid,
}

/// <summary>
/// An incremental, allocation-free HTTP/1.1 response parser. It keeps its state between calls, so a response may
/// arrive in pieces split anywhere — no bytes are carried over. It reads the status, the three headers that
/// delimit the body (Content-Length, Transfer-Encoding: chunked, Connection: close), skips interim 1xx responses,
/// and reads every body to its end (by length, by chunks, or until the server closes). When a
/// <see cref="ResponseBuffer"/> is given, the header block and the de-chunked body are copied into it.
/// </summary>
internal sealed class ResponseParser
{
    private const int MaxHeaderBytes = 64 * 1024;
    private const long MaxContentLength = 1L << 50;

    // FNV-1a hashes of the lower-case header names that matter.
    private static readonly ulong ContentLengthHash = Hash("content-length");
    private static readonly ulong TransferEncodingHash = Hash("transfer-encoding");
    private static readonly ulong ConnectionHash = Hash("connection");
    private const ulong ChunkedTail = 0x6368756e6b6564; // "chunked"
    private const ulong CloseTail = 0x636c6f7365; // "close"
    private const ulong KeepAliveTail = 0x65702d616c697665; // "ep-alive", the last 8 bytes of "keep-alive"

    private State _state;
    private int _versionMinor;
    private int _statusDigits;
    private int _headerBytes;
    private ulong _nameHash;
    private HeaderKind _header;
    private ulong _valueTail;
    private long _contentLength;
    private bool _hasContentLength;
    private bool _chunked;
    private bool _close;
    private bool _keepAlive;
    private long _remaining;
    private int _chunkSizeDigits;
    private bool _noBody;

    public int Status { get; private set; }

    /// <summary>True when the server asked to close the connection after this response (or spoke HTTP/1.0 without keep-alive).</summary>
    public bool ConnectionClose => _close || (_versionMinor == 0 && !_keepAlive);

    /// <summary>True when the body runs until the server closes the connection (no length, not chunked).</summary>
    public bool ReadsUntilClose => _state == State.BodyUntilClose;

    /// <summary>Bytes of the response seen so far (headers and body as they came over the wire).</summary>
    public long WireBytes { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Gets ready for the next response; <paramref name="noBody"/> for HEAD requests.</summary>
    public void Reset(bool noBody)
    {
        _state = State.Version;
        _versionMinor = 1;
        _statusDigits = 0;
        _headerBytes = 0;
        _contentLength = 0;
        _hasContentLength = false;
        _chunked = false;
        _close = false;
        _keepAlive = false;
        _noBody = noBody;
        Status = 0;
        WireBytes = 0;
        Error = null;
    }

    /// <summary>Ends a body that runs until the connection closes; call when the server closed it.</summary>
    public ParseResult FinishAtClose()
    {
        if (_state == State.BodyUntilClose)
        {
            _state = State.Done;
            return ParseResult.Complete;
        }
        return Fail("the server closed the connection before the response was complete");
    }

    // Optimized at first call: a loop-bearing method would otherwise run quick-jitted code for the first
    // second or so of every run, which a 10-second benchmark notices.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public ParseResult Feed(ReadOnlySpan<byte> data, ResponseBuffer? keep, out int consumed)
    {
        var i = 0;
        var headerStart = _state < State.HeadersDone ? 0 : -1;
        var result = ParseResult.NeedMore;
        while (i < data.Length && result == ParseResult.NeedMore)
        {
            var b = data[i];
            switch (_state)
            {
                case State.Version:
                    // "HTTP/1.x "
                    if (b == (byte)' ')
                    {
                        _state = State.StatusCode;
                    }
                    else if (_headerBytes == 7)
                    {
                        _versionMinor = b - '0';
                    }
                    else if (_headerBytes < 5 && b != "HTTP/"[_headerBytes])
                    {
                        result = Fail("the response does not start with HTTP/");
                        continue;
                    }
                    i++;
                    _headerBytes++;
                    break;
                case State.StatusCode:
                    if (b is >= (byte)'0' and <= (byte)'9' && _statusDigits < 3)
                    {
                        Status = Status * 10 + (b - '0');
                        _statusDigits++;
                    }
                    else if (_statusDigits == 3 && b is (byte)' ' or (byte)'\r' or (byte)'\n')
                    {
                        _state = State.Reason;
                        continue;
                    }
                    else
                    {
                        result = Fail("the status line has no three-digit status");
                        continue;
                    }
                    i++;
                    _headerBytes++;
                    break;
                case State.Reason:
                case State.SkipHeaderValue:
                    {
                        var lf = data[i..].IndexOf((byte)'\n');
                        var take = lf < 0 ? data.Length - i : lf + 1;
                        i += take;
                        _headerBytes += take;
                        if (lf >= 0)
                        {
                            _state = State.LineStart;
                        }
                        break;
                    }
                case State.LineStart:
                    if (b == (byte)'\r')
                    {
                        i++;
                        _headerBytes++;
                        _state = State.EndOfHeaders;
                        break;
                    }
                    if (b == (byte)'\n')
                    {
                        _state = State.EndOfHeaders;
                        continue;
                    }
                    // Only Content-Length, Connection and Transfer-Encoding matter: any other header is skipped
                    // with one vectorised search for its line end instead of being hashed byte by byte.
                    if ((b | 0x20) is not ((byte)'c' or (byte)'t'))
                    {
                        _state = State.SkipHeaderValue;
                        continue;
                    }
                    _nameHash = FnvOffset;
                    _state = State.HeaderName;
                    continue;
                case State.HeaderName:
                    if (b == (byte)':')
                    {
                        _header = _nameHash == ContentLengthHash ? HeaderKind.ContentLength
                            : _nameHash == TransferEncodingHash ? HeaderKind.TransferEncoding
                            : _nameHash == ConnectionHash ? HeaderKind.Connection
                            : HeaderKind.Other;
                        if (_header == HeaderKind.ContentLength)
                        {
                            if (_hasContentLength)
                            {
                                result = Fail("the response has two Content-Length headers");
                                continue;
                            }
                            _hasContentLength = true;
                            _contentLength = 0;
                        }
                        _valueTail = 0;
                        _state = _header == HeaderKind.Other ? State.SkipHeaderValue : State.HeaderValue;
                    }
                    else if (b is (byte)'\n' or (byte)'\r')
                    {
                        result = Fail("a header line has no ':'");
                        continue;
                    }
                    else
                    {
                        _nameHash = (_nameHash ^ (byte)(b | 0x20)) * FnvPrime;
                    }
                    i++;
                    _headerBytes++;
                    break;
                case State.HeaderValue:
                    if (b == (byte)'\n')
                    {
                        EndHeaderValue();
                        _state = State.LineStart;
                    }
                    else if (_header == HeaderKind.ContentLength)
                    {
                        if (b is >= (byte)'0' and <= (byte)'9' && _contentLength < MaxContentLength)
                        {
                            _contentLength = _contentLength * 10 + (b - '0');
                        }
                        else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                        {
                            result = Fail("Content-Length is not a number");
                            continue;
                        }
                    }
                    else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                    {
                        _valueTail = (_valueTail << 8) | (byte)(b | 0x20);
                    }
                    i++;
                    _headerBytes++;
                    break;
                case State.EndOfHeaders:
                    if (b != (byte)'\n')
                    {
                        result = Fail("the header block does not end with CRLF CRLF");
                        continue;
                    }
                    i++;
                    _headerBytes++;
                    if (keep is not null && headerStart >= 0)
                    {
                        keep.AppendHeader(data[headerStart..i]);
                        headerStart = -1;
                    }
                    result = StartBody();
                    if (_state == State.Version)
                    {
                        // After an interim 1xx response, keep only the final response's headers.
                        keep?.Clear();
                        headerStart = i;
                    }
                    break;
                case State.Body:
                    {
                        var take = (int)Math.Min(_remaining, data.Length - i);
                        keep?.AppendBody(data.Slice(i, take));
                        i += take;
                        _remaining -= take;
                        if (_remaining == 0)
                        {
                            _state = State.Done;
                            result = ParseResult.Complete;
                        }
                        break;
                    }
                case State.ChunkSize:
                    if (b is (byte)';' or (byte)' ' or (byte)'\t')
                    {
                        _state = State.ChunkExtension;
                    }
                    else if (b == (byte)'\r')
                    {
                        // the LF follows
                    }
                    else if (b == (byte)'\n')
                    {
                        result = EndChunkSize();
                    }
                    else if (HexValue(b) is var digit and >= 0 && _chunkSizeDigits < 15)
                    {
                        _remaining = (_remaining << 4) | (uint)digit;
                        _chunkSizeDigits++;
                    }
                    else
                    {
                        result = Fail("a chunk size is not hexadecimal");
                        continue;
                    }
                    i++;
                    break;
                case State.ChunkExtension:
                    if (b == (byte)'\n')
                    {
                        result = EndChunkSize();
                    }
                    i++;
                    break;
                case State.ChunkData:
                    {
                        var take = (int)Math.Min(_remaining, data.Length - i);
                        keep?.AppendBody(data.Slice(i, take));
                        i += take;
                        _remaining -= take;
                        if (_remaining == 0)
                        {
                            _state = State.ChunkDataEnd;
                        }
                        break;
                    }
                case State.ChunkDataEnd:
                    if (b == (byte)'\n')
                    {
                        _state = State.ChunkSize;
                        _remaining = 0;
                        _chunkSizeDigits = 0;
                    }
                    else if (b != (byte)'\r')
                    {
                        result = Fail("chunk data is not followed by CRLF");
                        continue;
                    }
                    i++;
                    break;
                case State.TrailerLineStart:
                    if (b == (byte)'\n')
                    {
                        _state = State.Done;
                        result = ParseResult.Complete;
                    }
                    else if (b != (byte)'\r')
                    {
                        _state = State.TrailerLine;
                    }
                    i++;
                    break;
                case State.TrailerLine:
                    if (b == (byte)'\n')
                    {
                        _state = State.TrailerLineStart;
                    }
                    i++;
                    break;
                case State.BodyUntilClose:
                    keep?.AppendBody(data[i..]);
                    i = data.Length;
                    break;
                default:
                    result = Fail("bytes arrived after the response was complete (no request was in flight)");
                    continue;
            }
            if (_headerBytes > MaxHeaderBytes && _state < State.HeadersDone)
            {
                result = Fail($"the response header block exceeds {MaxHeaderBytes / 1024} KiB");
            }
        }
        if (keep is not null && headerStart >= 0 && _state < State.HeadersDone)
        {
            keep.AppendHeader(data[headerStart..i]);
        }
        consumed = i;
        WireBytes += i;
        return result;
    }

    private void EndHeaderValue()
    {
        switch (_header)
        {
            case HeaderKind.TransferEncoding:
                _chunked = (_valueTail & 0xFFFFFFFFFFFFFF) == ChunkedTail;
                break;
            case HeaderKind.Connection:
                _close |= (_valueTail & 0xFFFFFFFFFF) == CloseTail;
                _keepAlive |= _valueTail == KeepAliveTail;
                break;
        }
    }

    private ParseResult StartBody()
    {
        if (Status is >= 100 and < 200 && Status != 101)
        {
            // An interim response (100 Continue, 103 Early Hints): the real one follows.
            var keepNoBody = _noBody;
            var length = WireBytes;
            Reset(keepNoBody);
            WireBytes = length;
            _state = State.Version;
            return ParseResult.NeedMore;
        }
        _state = State.HeadersDone;
        if (_noBody || Status is 204 or 304 || Status == 101)
        {
            _state = State.Done;
            return ParseResult.Complete;
        }
        if (_chunked)
        {
            _state = State.ChunkSize;
            _remaining = 0;
            _chunkSizeDigits = 0;
            return ParseResult.NeedMore;
        }
        if (_hasContentLength)
        {
            if (_contentLength == 0)
            {
                _state = State.Done;
                return ParseResult.Complete;
            }
            _remaining = _contentLength;
            _state = State.Body;
            return ParseResult.NeedMore;
        }
        _state = State.BodyUntilClose;
        _close = true;
        return ParseResult.NeedMore;
    }

    private ParseResult EndChunkSize()
    {
        if (_chunkSizeDigits == 0)
        {
            return Fail("a chunk has no size");
        }
        if (_remaining == 0)
        {
            _state = State.TrailerLineStart;
            return ParseResult.NeedMore;
        }
        _state = State.ChunkData;
        return ParseResult.NeedMore;
    }

    private ParseResult Fail(string message)
    {
        Error = message;
        _state = State.Failed;
        return ParseResult.Invalid;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private static ulong Hash(string lowerCaseName)
    {
        var hash = FnvOffset;
        foreach (var c in lowerCaseName)
        {
            hash = (hash ^ (byte)(c | 0x20)) * FnvPrime;
        }
        return hash;
    }

    private enum HeaderKind
    {
        Other,
        ContentLength,
        TransferEncoding,
        Connection,
    }

    // Order matters: every state before HeadersDone belongs to the header block.
    private enum State
    {
        Version,
        StatusCode,
        Reason,
        LineStart,
        HeaderName,
        HeaderValue,
        SkipHeaderValue,
        EndOfHeaders,
        HeadersDone,
        Body,
        ChunkSize,
        ChunkExtension,
        ChunkData,
        ChunkDataEnd,
        TrailerLineStart,
        TrailerLine,
        BodyUntilClose,
        Done,
        Failed,
    }
}
