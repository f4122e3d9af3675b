using HdrHistogram;
using HdrHistogram.Encoding;
using HdrHistogram.Utilities;

namespace BenchLab.Load.Metrics;

/// <summary>HdrHistogram's standard V2 encoding (zig-zag LEB128 counts with runs of zeros folded), which is exact,
/// compact for sparse interval histograms, and readable by every HdrHistogram implementation.</summary>
public static class HistogramCodec
{
    public static byte[] Encode(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var buffer = ByteBuffer.Allocate(histogram.GetNeededByteBufferCapacity());
        var length = histogram.Encode(buffer, HistogramEncoderV2.Instance);
        var bytes = new byte[length];
        Array.Copy(ReadBytes(buffer), bytes, length);
        return bytes;
    }

    public static HistogramBase Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        return HistogramEncoding.DecodeFromByteBuffer(ByteBuffer.Allocate(encoded), HistogramConfig.HighestMicroseconds, null);
    }

    /// <summary>Adds an encoded histogram into <paramref name="into"/>.</summary>
    public static void AddTo(HistogramBase into, byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Add(Decode(encoded));
    }

    private static byte[] ReadBytes(ByteBuffer buffer)
    {
        // ByteBuffer keeps its array private; read it back through Get() after rewinding.
        var length = buffer.Position;
        buffer.Position = 0;
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = buffer.Get();
        }
        return bytes;
    }
}
