using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using MinimalServer.Http;

namespace MinimalServer.Features.Auth;

/// <summary>
/// Answers a failed JWT authentication with the contract's 401 problem (and <c>WWW-Authenticate: Bearer</c>)
/// instead of JwtBearer's empty response, naming what was wrong without leaking library internals.
/// </summary>
public static class JwtChallenge
{
    public const string Policy = "jwt";

    public static Task WriteAsync(JwtBearerChallengeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null => "a Bearer token is required",
            SecurityTokenExpiredException => "the token has expired",
            SecurityTokenInvalidAlgorithmException => "the token is not signed with HS256",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token signature is invalid",
            _ => "the token is malformed or invalid",
        };
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, detail);
    }

    /// <summary>The authenticated user's id from <c>sub</c>; false when the claim is missing or not an id.</summary>
    public static bool TryGetUserId(HttpContext context, out int userId)
    {
        ArgumentNullException.ThrowIfNull(context);
        userId = 0;
        var sub = context.User.FindFirst("sub")?.Value;
        return int.TryParse(sub, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out userId) && userId > 0;
    }
}
