using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using MinimalServer.Configuration;
using MinimalServer.Data;
using MinimalServer.Features.Aggregation;
using MinimalServer.Features.Auth;
using MinimalServer.Features.Basic;
using MinimalServer.Features.Bulk;
using MinimalServer.Features.Cache;
using MinimalServer.Features.ColumnOverhead;
using MinimalServer.Features.Flow;
using MinimalServer.Features.NPlusOne;
using MinimalServer.Features.Pagination;
using MinimalServer.Features.MiddlewareChain;
using MinimalServer.Features.Search;
using MinimalServer.Features.Transactions;
using MinimalServer.Features.Upload;
using MinimalServer.Features.Users;
using MinimalServer.Http;
using MinimalServer.Json;

namespace MinimalServer;

/// <summary>Composes the server: settings, services, the error pipeline, and one Map call per contract section.</summary>
public static class ServerApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        ServerSettings settings;
        try
        {
            settings = ServerSettings.FromEnvironment(Environment.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync($"minimal-server: {e.Message}");
            return 2;
        }
        var app = Build(args, settings);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, settings.Port);
        });
        ConfigureLogging(builder.Logging);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJson.Context));
        builder.Services.AddDataAccess(settings);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<JwtTokens>();
        builder.Services.AddHttpClient("external");
        // No default scheme: only the endpoints whose policy names JwtBearer authenticate. With the single scheme
        // made the default automatically, every request (/health included) would run the JWT handler.
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        builder.Services.AddAuthentication()
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, _ => { });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtTokens>((options, tokens) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters;
                options.Events = new JwtBearerEvents { OnChallenge = JwtChallenge.WriteAsync };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(JwtChallenge.Policy, policy => policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser());

        var app = builder.Build();
        app.UseMiddleware<ErrorProblemMiddleware>();
        app.UseStatusCodeProblems();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealth(settings);
        app.MapEcho();
        app.MapUsers();
        app.MapExternal(settings);
        app.MapProtected();
        app.MapUpload();
        app.MapPagination();
        app.MapColumnOverhead();
        app.MapNPlusOne();
        app.MapBulk();
        app.MapTransactions();
        app.MapCache();
        app.MapAuth();
        app.MapAggregation();
        app.MapSearch();
        app.MapFlow();
        return app;
    }

    /// <summary>Warnings only, except the /protected access log the contract requires at Information (contract §1.4).</summary>
    private static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddJsonConsole(console => console.IncludeScopes = false);
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter(typeof(AccessLogFilter).FullName, LogLevel.Information);
    }
}
