using BenchLab.Servers.Manifests;
using BenchLab.Testing;

namespace BenchLab.Servers.Tests.Lifecycle;

/// <summary>Manifests for tests/FixtureServer (fixture-server.dll), a stand-in server whose FIXTURE_MODE picks how it behaves.</summary>
public static class FixtureManifest
{
    /// <summary>The built fixture server, in the configuration these tests were built in.</summary>
    public static string Dll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
            var dll = Path.Combine(LabEnvironment.Layout.RepositoryRoot, "tests", "FixtureServer", "bin", configuration, "net10.0", "fixture-server.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: build with ./benchlab test");
            return dll;
        }
    }

    /// <summary>A manifest in <paramref name="folder"/>/fixture/server.json that starts the fixture server in <paramref name="mode"/>.</summary>
    public static ServerManifest Create(string folder, string mode, int readinessSeconds = 30, int stopSeconds = 10, string? build = null)
    {
        var serverFolder = Path.Combine(folder, "fixture");
        Directory.CreateDirectory(serverFolder);
        var buildMember = build is null ? "" : $"\"build\": {build},";
        var text = $$"""
            {
              "name": "fixture",
              {{buildMember}}
              "start": ["dotnet", "{{Dll}}"],
              "stop_timeout_seconds": {{stopSeconds}},
              "environment": {
                "lab": ["DATABASE_URL", "REDIS_URL", "SERVER_NAME", "JWT_SECRET", "DB_POOL_MAX"],
                "fixed": { "FIXTURE_MODE": "{{mode}}" }
              },
              "readiness": { "path": "/health", "timeout_seconds": {{readinessSeconds}} },
              "scenarios": ["01"]
            }
            """;
        return ManifestReader.Parse(text, Path.Combine(serverFolder, ManifestReader.FileName), "servers/fixture/server.json");
    }
}
