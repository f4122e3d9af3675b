using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BenchLab.Servers.Verification.Auth;

/// <summary>
/// JWTs made by hand for the auth checks (contract §3.8): valid ones, and every kind the server must refuse —
/// expired (exp 60 s in the past), signed with another secret, <c>alg: none</c>, another HMAC algorithm. Built
/// from bytes rather than with a JWT library so that the broken ones are broken exactly as described.
/// </summary>
public sealed class TestTokens(string secret)
{
    public const int LifetimeSeconds = 1800;

    /// <summary>A token the server must accept: HS256, sub, email, iat now, exp now + 1800.</summary>
    public string Valid(long userId, string email) => Hs256(Claims(userId, email, Now(), Now() + LifetimeSeconds), secret);

    /// <summary>Signed correctly, but its exp passed 60 s ago (zero clock skew means it is refused).</summary>
    public string Expired(long userId, string email) => Hs256(Claims(userId, email, Now() - LifetimeSeconds - 60, Now() - 60), secret);

    /// <summary>Right claims, signed with a different secret.</summary>
    public string Forged(long userId, string email) => Hs256(Claims(userId, email, Now(), Now() + LifetimeSeconds), secret + "-forged");

    /// <summary>Header <c>{"alg":"none"}</c> and an empty signature: the classic bypass.</summary>
    public static string AlgorithmNone(long userId, string email) =>
        Encode("""{"alg":"none","typ":"JWT"}""") + "." + Encode(Claims(userId, email, Now(), Now() + LifetimeSeconds)) + ".";

    /// <summary>HS384 with the right secret: valid for a lax validator, refused by one that insists on HS256.</summary>
    public string OtherAlgorithm(long userId, string email)
    {
        var unsigned = Encode("""{"alg":"HS384","typ":"JWT"}""") + "." + Encode(Claims(userId, email, Now(), Now() + LifetimeSeconds));
        return unsigned + "." + Base64Url(HMACSHA384.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(unsigned)));
    }

    /// <summary>True when <paramref name="token"/> carries a valid HS256 signature under the lab's secret.</summary>
    public bool HasValidSignature(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }
        var expected = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2]));
    }

    /// <summary>The decoded header and payload of a compact JWT; null when it is not one.</summary>
    public static (JsonElement Header, JsonElement Payload)? Decode(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        try
        {
            return (JsonDocument.Parse(FromBase64Url(parts[0])).RootElement.Clone(), JsonDocument.Parse(FromBase64Url(parts[1])).RootElement.Clone());
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string Claims(long userId, string email, long issuedAt, long expires) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["email"] = email,
            ["iat"] = issuedAt,
            ["exp"] = expires,
        });

    private static string Hs256(string claims, string key)
    {
        var unsigned = Encode("""{"alg":"HS256","typ":"JWT"}""") + "." + Encode(claims);
        return unsigned + "." + Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes(unsigned)));
    }

    private static string Encode(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }
}
