using System.Text;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>Request bodies several groups send: nesting at and past the contract's limit, bodies of an exact size.</summary>
public static class JsonBodies
{
    /// <summary>contract §1.3: nesting deeper than this is unparseable (400).</summary>
    public const int MaximumNesting = 64;

    /// <summary>contract §3.1: POST /echo takes JSON up to 1 MiB.</summary>
    public const int EchoLimitBytes = 1024 * 1024;

    /// <summary>A JSON object nested <paramref name="depth"/> containers deep: {"a":{"a":…{}}}.</summary>
    public static string Nested(int depth)
    {
        var text = new StringBuilder();
        for (var level = 1; level < depth; level++)
        {
            text.Append("{\"a\":");
        }
        text.Append("{}");
        text.Append('}', depth - 1);
        return text.ToString();
    }

    /// <summary>An echo body <c>{"message":"xxx…","data":null}</c> of exactly <paramref name="bytes"/> bytes.</summary>
    public static string EchoOfSize(int bytes)
    {
        const string Empty = """{"message":"","data":null}""";
        return Empty.Insert(12, new string('x', bytes - Empty.Length));
    }
}
