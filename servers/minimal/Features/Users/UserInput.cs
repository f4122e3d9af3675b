using MinimalServer.Http;

namespace MinimalServer.Features.Users;

/// <summary>The rules of a user's fields (contract §3.1): name 1..100 characters, email 3..255 containing "@".</summary>
public static class UserInput
{
    public static string? Name(BodyReader body, bool required)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Text("name", required, 1, 100);
    }

    public static string? Email(BodyReader body, bool required)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Text("email", required, 3, 255, text => text.Contains('@', StringComparison.Ordinal), "must contain '@'");
    }
}
