using BenchLab.Load.Metrics;

namespace BenchLab.Load.Http;

/// <summary>Which series of which run's registry a request was last recorded under (see <see cref="HttpRequest.CachedSeries"/>).</summary>
internal sealed record SeriesCacheEntry(MetricRegistry Registry, int Group, int Id);
