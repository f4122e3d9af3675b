namespace BenchLab.Servers.Verification.Http;

/// <summary>
/// The reason phrases a problem's title may carry (contract §1.3: title = reason phrase). RFC 9110 renamed 413
/// and 422; both the old and the new names are the status's reason phrase.
/// </summary>
public static class ReasonPhrases
{
    private static readonly Dictionary<int, string[]> Phrases = new()
    {
        [400] = ["Bad Request"],
        [401] = ["Unauthorized"],
        [404] = ["Not Found"],
        [405] = ["Method Not Allowed"],
        [409] = ["Conflict"],
        [413] = ["Content Too Large", "Payload Too Large", "Request Entity Too Large"],
        [415] = ["Unsupported Media Type"],
        [422] = ["Unprocessable Content", "Unprocessable Entity"],
        [500] = ["Internal Server Error"],
        [503] = ["Service Unavailable"],
    };

    public static bool Accepts(int status, string title) =>
        Phrases.TryGetValue(status, out var phrases) ? phrases.Contains(title, StringComparer.Ordinal) : !string.IsNullOrWhiteSpace(title);

    public static string Describe(int status) =>
        Phrases.TryGetValue(status, out var phrases) ? string.Join(" or ", phrases.Select(phrase => $"\"{phrase}\"")) : "a reason phrase";
}
