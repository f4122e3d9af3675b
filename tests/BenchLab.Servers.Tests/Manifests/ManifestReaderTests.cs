using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Tests.Manifests;

/// <summary>server.json: what a valid manifest becomes, and every problem of a broken one reported at once.</summary>
public sealed class ManifestReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("benchlab-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_small_manifest_gets_the_contract_defaults()
    {
        var manifest = Parse("demo", """
            {
              "name": "demo",
              "start": ["dotnet", "bin/demo.dll"],
              "scenarios": ["01", "03"]
            }
            """);

        Assert.Equal("demo", manifest.Name);
        Assert.Null(manifest.Build);
        Assert.Equal(["dotnet", "bin/demo.dll"], manifest.Start.Words);
        Assert.Equal("PORT", manifest.PortVariable);
        Assert.Equal("/health", manifest.ReadinessPath);
        Assert.Equal(TimeSpan.FromSeconds(30), manifest.ReadinessTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), manifest.StopTimeout);
        Assert.Empty(manifest.LabVariables);
        Assert.Equal(["01", "03"], manifest.Scenarios.Order());
        Assert.Equal(Path.Combine(_folder, "demo"), manifest.WorkingDirectory);
        // A manifest in the format before requires/setup/processes/versions/variants loads as it did.
        Assert.True(manifest.Requires.IsEmpty);
        Assert.Empty(manifest.Setup);
        Assert.Null(manifest.Processes);
        Assert.Empty(manifest.Versions);
        Assert.Null(manifest.Variants);
    }

    [Fact]
    public void The_runtime_members_are_read()
    {
        var manifest = Parse("py", """
            {
              "name": "py",
              "requires": { "apt": ["python3-fastapi", "python3-uvicorn"], "commands": ["/usr/bin/python3"] },
              "setup": [
                { "run": ["npm", "ci"], "inputs": ["package-lock.json"], "outputs": ["node_modules"], "timeout_seconds": 600 },
                { "run": ["npx", "tsc"], "inputs": ["src", "tsconfig.json"], "outputs": ["dist"] }
              ],
              "start": ["/usr/bin/python3", "-m", "uvicorn", "app:app"],
              "processes": 2,
              "versions": { "python": ["/usr/bin/python3", "--version"], "fastapi": ["/usr/bin/python3", "-c", "import fastapi; print(fastapi.__version__)"] },
              "variants": { "PROCESSES": ["1", "2", "4"], "DATA_ACCESS": ["orm", "raw"] },
              "scenarios": ["01", "server-config"]
            }
            """);

        Assert.Equal(["python3-fastapi", "python3-uvicorn"], manifest.Requires.AptPackages);
        Assert.Equal(["/usr/bin/python3"], manifest.Requires.Commands);
        Assert.Equal(2, manifest.Setup.Count);
        Assert.Equal(["npm", "ci"], manifest.Setup[0].Run.Words);
        Assert.Equal(TimeSpan.FromSeconds(600), manifest.Setup[0].Run.Timeout);
        Assert.Equal(["src", "tsconfig.json"], manifest.Setup[1].Inputs);
        Assert.Equal(["dist"], manifest.Setup[1].Outputs);
        Assert.Equal(2, manifest.Processes);
        Assert.Equal(["/usr/bin/python3", "--version"], manifest.Versions["python"].Words);
        Assert.Equal(["orm", "raw"], manifest.Variants!["DATA_ACCESS"]);
        Assert.Contains(ContractScenarios.ServerConfig, manifest.Scenarios);
    }

    [Fact]
    public void Every_problem_of_the_runtime_members_is_reported_at_once()
    {
        var error = Assert.Throws<ManifestException>(() => Parse("rt", """
            {
              "name": "rt",
              "requires": { "apt": ["Python3 FastAPI"], "commands": ["node --version"], "pip": ["x"] },
              "setup": [ { "run": [], "inputs": ["/etc/passwd"], "outputs": ["../elsewhere"] }, "npm ci" ],
              "start": ["x"],
              "processes": 0,
              "versions": { "node": [] },
              "variants": { "data-access": ["orm"], "THREADS": [] },
              "scenarios": ["01"]
            }
            """));

        var problems = error.Problems;
        Assert.Contains(problems, p => p.Contains("\"Python3 FastAPI\", which is not a Debian package name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'requires.commands' names \"node --version\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'requires.pip' is not a manifest member", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'setup[0].run' is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"/etc/passwd\" must be a path inside the server's folder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"../elsewhere\" must be a path inside the server's folder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'setup[1]' must be an object", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'processes' must be a whole number from 1 to 256, not 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'versions.node' is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'variants.data-access' is not an environment variable name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'variants.THREADS' is empty", StringComparison.Ordinal));
        Assert.Equal(11, problems.Count);
    }

    [Theory]
    [InlineData("DB_POOL_MAX", "5", null)]
    [InlineData("DOTNET_gcServer", "0", null)]
    [InlineData("PROCESSES", "4", null)]
    [InlineData("PROCESSES", "3", "does not offer PROCESSES=3 (its values: 1, 2, 4)")]
    [InlineData("JSON_MODE", "dict", "has no variant axis JSON_MODE (its manifest declares: PROCESSES, DATA_ACCESS;")]
    public void Variant_keys_are_checked_against_the_declared_axes(string key, string value, string? problem)
    {
        var manifest = Parse("axes", """{"name":"axes","start":["x"],"scenarios":["01"],"variants":{"PROCESSES":["1","2","4"],"DATA_ACCESS":["orm","raw"]}}""");

        var found = VariantAxes.Problem(manifest, key, value);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
        // A manifest that declares no axes is not checked.
        Assert.Null(VariantAxes.Problem(Parse("free", """{"name":"free","start":["x"],"scenarios":["01"]}"""), key, value));
    }

    [Fact]
    public void Every_member_is_read()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "full", "app"));
        var manifest = Parse("full", """
            {
              // comments are allowed: manifests are written by people
              "name": "full",
              "description": "everything set",
              "language": "C#",
              "framework": "ASP.NET Core",
              "working_directory": "app",
              "build": ["dotnet", "build", "-c", "Release"],
              "build_timeout_seconds": 120,
              "start": ["./run.sh", "--fast"],
              "stop_timeout_seconds": 3,
              "port_variable": "HTTP_PORT",
              "environment": { "lab": ["DATABASE_URL", "REDIS_URL", "JWT_SECRET"], "fixed": { "DOTNET_gcServer": "0" } },
              "readiness": { "path": "/ready", "timeout_seconds": 5 },
              "scenarios": ["01", "16-a", "23-cold"],
              "settings": { "GC": "workstation" }
            }
            """);

        Assert.Equal(Path.Combine(_folder, "full", "app"), manifest.WorkingDirectory);
        Assert.Equal(TimeSpan.FromSeconds(120), manifest.Build!.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(3), manifest.StopTimeout);
        Assert.Equal("HTTP_PORT", manifest.PortVariable);
        Assert.Equal(["DATABASE_URL", "REDIS_URL", "JWT_SECRET"], manifest.LabVariables);
        Assert.Equal("0", manifest.FixedEnvironment["DOTNET_gcServer"]);
        Assert.Equal("/ready", manifest.ReadinessPath);
        Assert.Equal(TimeSpan.FromSeconds(5), manifest.ReadinessTimeout);
        Assert.Equal("workstation", manifest.Settings["GC"]);
        Assert.Equal("C#", manifest.Language);
    }

    [Fact]
    public void Every_problem_of_a_broken_manifest_is_reported_at_once()
    {
        var error = Assert.Throws<ManifestException>(() => Parse("broken", """
            {
              "name": "other",
              "build": "dotnet build",
              "startup": ["dotnet", "x.dll"],
              "port_variable": "DATABASE_URL",
              "environment": { "lab": ["DATABASE_URL", "MONGO_URL"], "fixed": { "REDIS_URL": "redis://10.0.0.5:6379/0", "POOL": 20 } },
              "readiness": { "path": "health", "timeout_seconds": 0 },
              "scenarios": ["01", "24", "01"]
            }
            """));

        var problems = error.Problems;
        Assert.Contains(problems, p => p.Contains("'name' is \"other\"", StringComparison.Ordinal) && p.Contains("servers/broken/", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'build' must be a list", StringComparison.Ordinal) && p.Contains("without a shell", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'start' is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'startup' is not a manifest member (did you mean 'start'?)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'port_variable' cannot be DATABASE_URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MONGO_URL, which the lab does not provide", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'environment.fixed.REDIS_URL'", StringComparison.Ordinal) && p.Contains("never written in a manifest", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'environment.fixed.POOL' must be a string (write \"20\")", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'readiness.path' must be a path", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'readiness.timeout_seconds' must be a whole number from 1 to 600, not 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("names \"24\", which contract §4 does not define", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("names \"01\" twice", StringComparison.Ordinal));
        Assert.Equal(12, problems.Count);
        Assert.StartsWith("servers/broken/server.json has 12 problems: (1) ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_says_where()
    {
        var error = Assert.Throws<ManifestException>(() => Parse("bad", "{\n  \"name\": \"bad\",\n  \"start\": [\"x\"\n}"));

        Assert.Equal("servers/bad/server.json: is not valid JSON at line 4, column 1; check quotes, commas and brackets.", error.Message);
    }

    [Fact]
    public void The_checked_in_minimal_manifest_is_valid()
    {
        var manifest = new ServerCatalog(BenchLab.Testing.LabEnvironment.Layout.RepositoryRoot).Load("minimal");

        Assert.Equal("minimal", manifest.Name);
        Assert.Contains(LabVariables.DatabaseUrl, manifest.LabVariables);
        Assert.Contains(LabVariables.RedisUrl, manifest.LabVariables);
        Assert.Contains("20", manifest.Scenarios);
        Assert.True(Directory.Exists(manifest.WorkingDirectory));
    }

    [Fact]
    public void The_catalog_finds_every_folder_with_a_manifest_and_names_them_when_one_is_unknown()
    {
        foreach (var name in new[] { "zeta", "alpha" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, "servers", name));
            File.WriteAllText(Path.Combine(_folder, "servers", name, "server.json"), $$"""{"name":"{{name}}","start":["x"],"scenarios":["01"]}""");
        }
        Directory.CreateDirectory(Path.Combine(_folder, "servers", "not-a-server"));
        var catalog = new ServerCatalog(_folder);

        Assert.Equal(["alpha", "zeta"], catalog.Names());
        Assert.Equal("zeta", catalog.Load("zeta").Name);
        var error = Assert.Throws<UnknownServerException>(() => catalog.Load("beta"));
        Assert.Equal("beta", error.Name);
        Assert.Equal(["alpha", "zeta"], error.Known);
        Assert.Contains("no server named 'beta'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--server", error.Message, StringComparison.Ordinal);
        Assert.Contains("choose from alpha, zeta", error.Message, StringComparison.Ordinal);
    }

    private ServerManifest Parse(string name, string text)
    {
        var folder = Path.Combine(_folder, name);
        Directory.CreateDirectory(folder);
        return ManifestReader.Parse(text, Path.Combine(folder, ManifestReader.FileName), $"servers/{name}/server.json");
    }
}
