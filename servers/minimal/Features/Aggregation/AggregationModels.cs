namespace MinimalServer.Features.Aggregation;

public sealed record CountResponse(long CountStar, long CountId, long CountDistinctStatus);

public sealed record CountryStats(string Country, long UserCount, long TotalLogins, double AvgLogins);

public sealed record AuthorStats(int AuthorId, string AuthorName, long PostCount, long TotalViews, double AvgViews);
