namespace BenchLab.Results.Model;

/// <summary>The server process during the measured phase (from /proc, and EventPipe for .NET).</summary>
public sealed record ServerUsage(double CpuSeconds, double CpuSecondsPer1000Requests, double PeakRssMb, double? AllocatedMbPerRequest = null, int? Gen0Collections = null, int? Gen2Collections = null);

/// <summary>PostgreSQL during the measured phase: the server role's data statements and the buffer hit ratio.</summary>
public sealed record DatabaseUsage(long DataStatements, double StatementsPerIteration, double StatementsPerRequest, double? BufferHitRatio, int? MaxConnectionsInUse = null);

/// <summary>Redis during the measured phase.</summary>
public sealed record CacheUsage(long Hits, long Misses, double? HitRatio, long Commands);
