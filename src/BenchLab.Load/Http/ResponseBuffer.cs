namespace BenchLab.Load.Http;

/// <summary>
/// Where a kept response goes: the raw header block and the body (de-chunked), in two growable arrays that a VU
/// reuses for every response. The bytes stay valid until the VU sends its next request.
/// </summary>
internal sealed class ResponseBuffer
{
    private byte[] _headers = new byte[1024];
    private byte[] _body = new byte[4096];

    public int HeaderLength { get; private set; }

    public int BodyLength { get; private set; }

    public ReadOnlySpan<byte> Headers => _headers.AsSpan(0, HeaderLength);

    public ReadOnlySpan<byte> Body => _body.AsSpan(0, BodyLength);

    public void Clear()
    {
        HeaderLength = 0;
        BodyLength = 0;
    }

    public void AppendHeader(ReadOnlySpan<byte> bytes) => HeaderLength = Append(ref _headers, HeaderLength, bytes);

    public void AppendBody(ReadOnlySpan<byte> bytes) => BodyLength = Append(ref _body, BodyLength, bytes);

    private static int Append(ref byte[] array, int used, ReadOnlySpan<byte> bytes)
    {
        var needed = used + bytes.Length;
        if (needed > array.Length)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
        bytes.CopyTo(array.AsSpan(used));
        return needed;
    }
}
