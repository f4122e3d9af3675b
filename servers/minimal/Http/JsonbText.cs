using System.Buffers;

namespace MinimalServer.Http;

/// <summary>
/// PostgreSQL prints jsonb with a space after every ':' and ','. Responses are compact JSON (contract §1.2),
/// so the spaces outside string literals are dropped — a character scan, cheaper than parsing and re-writing.
/// </summary>
public static class JsonbText
{
    public static string Compact(string jsonb)
    {
        ArgumentNullException.ThrowIfNull(jsonb);
        if (!jsonb.Contains(' ', StringComparison.Ordinal))
        {
            return jsonb;
        }
        var buffer = ArrayPool<char>.Shared.Rent(jsonb.Length);
        try
        {
            var length = 0;
            var inString = false;
            var escaped = false;
            foreach (var c in jsonb)
            {
                if (inString)
                {
                    buffer[length++] = c;
                    if (escaped)
                    {
                        escaped = false;
                    }
                    else if (c == '\\')
                    {
                        escaped = true;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c is not (' ' or '\n' or '\t' or '\r'))
                {
                    buffer[length++] = c;
                    inString = c == '"';
                }
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
