using Npgsql;
using StackExchange.Redis;

namespace MinimalServer.Http;

/// <summary>
/// Turns every exception that escapes a handler into a problem: PostgreSQL or Redis unreachable, or the pool
/// wait timed out → 503; a malformed request Kestrel noticed → its 4xx; anything else → 500 without a trace.
/// No client input may cause a 500 (contract §1.3), so a 500 here is logged as the bug it is.
/// </summary>
public sealed partial class ErrorProblemMiddleware(RequestDelegate next, ILogger<ErrorProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var (status, detail) = Classify(e);
            if (status >= 500 && status != StatusCodes.Status503ServiceUnavailable)
            {
                LogUnexpected(logger, e, context.Request.Method, context.Request.Path);
            }
            context.Response.Clear();
            await Problems.WriteAsync(context, status, detail);
        }
    }

    /// <summary>
    /// Looks through wrappers (EF Core reports a refused connection as an InvalidOperationException about a
    /// "transient failure") for the exception that says what happened.
    /// </summary>
    public static (int Status, string Detail) Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (ClassifyOne(current) is { } known)
            {
                return known;
            }
        }
        return (500, "an unexpected error occurred");
    }

    private static (int Status, string Detail)? ClassifyOne(Exception exception) => exception switch
    {
        BadHttpRequestException bad => (bad.StatusCode, bad.Message),
        PostgresException { SqlState: "53300" or "57P01" or "57P03" } => (503, "PostgreSQL is not accepting connections"),
        PostgresException => (500, "an unexpected database error occurred"),
        NpgsqlException npgsql when npgsql.Message.Contains("pool", StringComparison.OrdinalIgnoreCase) =>
            (503, "timed out waiting for a database connection from the pool"),
        NpgsqlException => (503, "PostgreSQL is unreachable"),
        RedisConnectionException or RedisTimeoutException => (503, "Redis is unreachable"),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "unexpected fault on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
