using System.Text;
using BenchLab.Servers.Verification.Http;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>A server's answer made up in the test, for checks that need no server: status, media type, body.</summary>
public static class SyntheticAnswers
{
    public static ContractResponse Make(string request, int status, string body, string mediaType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var message = new HttpResponseMessage((System.Net.HttpStatusCode)status) { Content = new ByteArrayContent(bytes) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return new ContractResponse($"{request} (status {status})", status, message.Headers, message.Content.Headers, bytes, TimeSpan.Zero);
    }
}
