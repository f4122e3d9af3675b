namespace MinimalServer.Http;

/// <summary>An RFC 9457 problem (contract §1.3): <c>type</c> is always <c>about:blank</c>, <c>title</c> the reason phrase.</summary>
public sealed record Problem(string Type, string Title, int Status, string Detail);

/// <summary>A problem for input outside the contract's ranges, with the offending fields and their messages.</summary>
public sealed record ValidationProblem(string Type, string Title, int Status, string Detail, IReadOnlyDictionary<string, string[]> Errors);
