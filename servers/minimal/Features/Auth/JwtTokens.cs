using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MinimalServer.Configuration;

namespace MinimalServer.Features.Auth;

/// <summary>
/// HS256 tokens as contract §3.8 fixes them: header <c>{"alg":"HS256","typ":"JWT"}</c>; claims <c>sub</c> (the
/// user id as a string), <c>email</c>, <c>iat</c> and <c>exp = iat + 1800</c> as integers; validated by signature
/// and expiry with zero clock skew, no issuer or audience, HS256 only (so <c>alg: none</c> is rejected).
/// </summary>
public sealed class JwtTokens
{
    public const int LifetimeSeconds = 1800;

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;

    public JwtTokens(ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var key = new SymmetricSecurityKey(settings.JwtSecret);
        _credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        ValidationParameters = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.Zero,
        };
    }

    public TokenValidationParameters ValidationParameters { get; }

    public string Issue(int userId, string email)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["email"] = email,
                ["iat"] = now,
                ["exp"] = now + LifetimeSeconds,
            },
            SigningCredentials = _credentials,
        });
    }
}
