using System.Diagnostics;

namespace MinimalServer.Features.MiddlewareChain;

/// <summary>
/// Second link: one structured line per request — method, path, status, duration, request id — at Information
/// through the platform's logger (the only per-request log the contract allows, contract §1.4).
/// </summary>
public sealed partial class AccessLogFilter(ILogger<AccessLogFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            var result = await next(context);
            status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            return result;
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var request = context.HttpContext.Request;
                var path = request.Path.Value ?? "";
                var durationMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);
                var requestId = context.HttpContext.Items[RequestIdFilter.Item] as string ?? "";
                LogRequest(logger, request.Method, path, status, durationMs, requestId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} {DurationMs} ms {RequestId}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double durationMs, string requestId);
}
