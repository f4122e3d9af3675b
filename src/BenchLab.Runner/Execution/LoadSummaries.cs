using System.Globalization;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Common;
using HdrHistogram;

namespace BenchLab.Runner.Execution;

/// <summary>Turns the engine's <see cref="LoadResult"/> into the results model's k6-style summary.</summary>
public static class LoadSummaries
{
    public static LoadSummary From(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var seconds = Math.Max(1e-9, result.Duration.TotalSeconds);
        return new LoadSummary
        {
            Requests = result.Requests,
            RequestsPerSecond = result.RequestsPerSecond,
            FailedRequests = result.FailedRequests,
            Iterations = result.Iterations,
            IterationsPerSecond = result.Iterations / seconds,
            DroppedIterations = result.DroppedIterations,
            StartedRequests = result.StartedRequests,
            TimedOutRequests = result.TimedOutRequests,
            InterruptedRequests = result.InterruptedRequests,
            InterruptedWaiting = result.InterruptedRequests == 0 ? null : new TrendSummary(result.InterruptedWaiting.Count, result.InterruptedWaiting.Avg, result.InterruptedWaiting.Min,
                result.InterruptedWaiting.Med, result.InterruptedWaiting.Max, result.InterruptedWaiting.P90, result.InterruptedWaiting.P95, result.InterruptedWaiting.P99),
            BytesSent = result.BytesSent,
            BytesReceived = result.BytesReceived,
            DurationSeconds = result.Duration.TotalSeconds,
            Latency = Trend(result.LatencyHistogram()),
            ByName = [.. result.Series.GroupBy(s => s.Key.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var merged = result.LatencyHistogram(s => s.Key.Name == g.Key);
                return new NamedTrend(g.Key, Trend(merged), g.Sum(s => s.Failed), g.Sum(s => s.BytesReceived), merged.TotalCount / seconds);
            })],
            ByGroup = [.. result.Groups.Select(g => new NamedTrend(g.Group.TrimStart(':'), Trend(g.Duration)))],
            Checks = [.. result.Checks.Select(c => new CheckSummary(c.Group.TrimStart(':'), c.Name, c.Passes, c.Fails, Checks.IsOutcome(c.Name)))],
            StatusCodes = result.StatusCodes.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value),
        };
    }

    public static TrendSummary Trend(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (histogram.TotalCount == 0)
        {
            return new TrendSummary(0, 0, 0, 0, 0, 0, 0, 0);
        }
        static double Ms(long microseconds) => microseconds / 1000.0;
        return new TrendSummary(
            histogram.TotalCount,
            histogram.GetMean() / 1000.0,
            Ms(histogram.LowestEquivalentValue(histogram.GetValueAtPercentile(0))),
            Ms(histogram.GetValueAtPercentile(50)),
            Ms(histogram.GetMaxValue()),
            Ms(histogram.GetValueAtPercentile(90)),
            Ms(histogram.GetValueAtPercentile(95)),
            Ms(histogram.GetValueAtPercentile(99)));
    }
}
