namespace MinimalServer.Features.Bulk;

public sealed record BulkResponse(string Operation, string Batch, int Count, int Affected, double ElapsedMs);
