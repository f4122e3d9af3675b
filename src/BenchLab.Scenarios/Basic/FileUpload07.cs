using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>07: <c>POST /upload</c> of 1,024 × "x" as multipart/form-data; the server hashes it.</summary>
public sealed class FileUpload07 : Scenario
{
    private static readonly HttpRequest Upload = new("POST", "/upload")
    {
        Name = "POST /upload",
        Body = new MultipartBody().File("file", "test.txt", "text/plain", Checks.Utf8(new string('x', 1024))).Build(),
    };

    private static readonly byte[] SizeIs1024 = Checks.Utf8("\"size\":1024");
    private static readonly byte[] Checksum = Checks.Utf8("\"sha256\":\"49abd65bbf7f7e40c7055093ed2e3fd75f2f602f2c5fcf955c213e3135eb03f7\"");

    public override string Id => "07";

    public override string Slug => "file-upload";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "Multipart parsing: a 1 KiB file upload, read whole and hashed.";

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var response = await vu.SendAsync(Upload);
        Checks.Status(vu, response, 200);
        Checks.BodyContains(vu, response, SizeIs1024, "size is 1024");
        Checks.BodyContains(vu, response, Checksum, "sha256 matches");
    }
}
