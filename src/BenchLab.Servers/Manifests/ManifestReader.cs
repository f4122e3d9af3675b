using System.Text.Json;
using System.Text.RegularExpressions;

namespace BenchLab.Servers.Manifests;

/// <summary>
/// Reads and validates <c>servers/NAME/server.json</c> (format: docs/servers.md). Every problem is reported at
/// once, each as a sentence naming the member and what to write instead.
/// </summary>
public static partial class ManifestReader
{
    public const string FileName = "server.json";

    private const int DefaultBuildTimeoutSeconds = 900;
    private const int DefaultStopTimeoutSeconds = 10;
    private const int DefaultReadinessTimeoutSeconds = 30;
    private const string DefaultReadinessPath = "/health";
    private const string DefaultPortVariable = "PORT";

    /// <summary>Reads the manifest at <paramref name="manifestPath"/>; throws <see cref="ManifestException"/> listing every problem.</summary>
    public static ServerManifest Read(string manifestPath, string? displayPath = null)
    {
        displayPath ??= manifestPath;
        string text;
        try
        {
            text = File.ReadAllText(manifestPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(displayPath, [$"cannot be read: {e.Message}"]);
        }
        return Parse(text, Path.GetFullPath(manifestPath), displayPath);
    }

    /// <summary>Validates manifest text as if it were stored at <paramref name="manifestPath"/>.</summary>
    public static ServerManifest Parse(string text, string manifestPath, string displayPath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            throw new ManifestException(displayPath, [$"is not valid JSON{where}; check quotes, commas and brackets."]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestException(displayPath, ["must hold one JSON object ({\"name\": …, \"start\": …, \"scenarios\": […]})."]);
            }
            var problems = new List<string>();
            var manifest = Validate(new ManifestFields(document.RootElement, "", problems), Path.GetDirectoryName(manifestPath)!, manifestPath);
            if (problems.Count > 0 || manifest is null)
            {
                throw new ManifestException(displayPath, problems);
            }
            return manifest;
        }
    }

    private static ServerManifest? Validate(ManifestFields root, string folder, string manifestPath)
    {
        var problems = root.Problems;
        var folderName = Path.GetFileName(folder);
        var name = root.String("name", required: true, $"the folder's name, \"{folderName}\"");
        if (name is not null && name != folderName)
        {
            problems.Add($"'name' is \"{name}\" but the manifest lives in servers/{folderName}/; they must match (the folder name is how users pick a server).");
        }
        var description = root.String("description", required: false, "\"ASP.NET Core Minimal APIs + Npgsql\"") ?? "";
        var language = root.String("language", required: false, "\"C#\"");
        var framework = root.String("framework", required: false, "\"ASP.NET Core 10 Minimal APIs\"");
        var workingDirectory = ReadWorkingDirectory(root, folder);
        var build = ReadCommand(root, "build", required: false, DefaultBuildTimeoutSeconds, "build_timeout_seconds", 3600);
        var start = ReadCommand(root, "start", required: true, DefaultStopTimeoutSeconds, "stop_timeout_seconds", 300);
        var portVariable = ReadPortVariable(root);
        var (labVariables, fixedEnvironment) = ReadEnvironment(root, portVariable);
        var (readinessPath, readinessTimeout) = ReadReadiness(root);
        var scenarios = ReadScenarios(root);
        var settings = ReadSettings(root);
        var requires = ReadRequires(root);
        var setup = ReadSetup(root);
        var processes = root.WholeNumber("processes", 1, 256);
        var versions = ReadVersions(root);
        var variants = ReadVariants(root);
        root.RejectUnknownMembers();

        if (problems.Count > 0 || name is null || start is null || scenarios is null)
        {
            return null;
        }
        return new ServerManifest
        {
            Name = name,
            Description = description,
            Language = language,
            Framework = framework,
            Settings = settings,
            ManifestPath = manifestPath,
            WorkingDirectory = workingDirectory,
            Build = build?.Command,
            Start = start.Value.Command,
            StopTimeout = TimeSpan.FromSeconds(start.Value.Seconds),
            PortVariable = portVariable,
            LabVariables = labVariables,
            FixedEnvironment = fixedEnvironment,
            ReadinessPath = readinessPath,
            ReadinessTimeout = TimeSpan.FromSeconds(readinessTimeout),
            Scenarios = scenarios,
            Requires = requires,
            Setup = setup,
            Processes = processes,
            Versions = versions,
            Variants = variants,
        };
    }

    private static string ReadWorkingDirectory(ManifestFields root, string folder)
    {
        var relative = root.String("working_directory", required: false, "\".\" (the manifest's folder)") ?? ".";
        if (Path.IsPathRooted(relative))
        {
            root.Problems.Add($"'working_directory' must be relative to servers/{Path.GetFileName(folder)}/ so the checkout can live anywhere, not \"{relative}\".");
            return folder;
        }
        var absolute = Path.GetFullPath(Path.Combine(folder, relative));
        if (!Directory.Exists(absolute))
        {
            root.Problems.Add($"'working_directory' \"{relative}\" does not exist (it is relative to servers/{Path.GetFileName(folder)}/).");
        }
        return absolute;
    }

    /// <summary>build or start: a list of words, the program first (run without a shell), plus its timeout member.</summary>
    private static (ServerCommand Command, int Seconds)? ReadCommand(ManifestFields root, string member, bool required, int defaultSeconds, string secondsMember, int maximumSeconds)
    {
        var example = member == "build"
            ? "[\"dotnet\", \"build\", \"Server.csproj\", \"-c\", \"Release\"]"
            : "[\"dotnet\", \"bin/Release/net10.0/Server.dll\"]";
        var words = root.StringList(member, required, example);
        var seconds = root.WholeNumber(secondsMember, 1, maximumSeconds) ?? defaultSeconds;
        if (words is { Count: 0 })
        {
            root.Problems.Add($"'{member}' is empty; give the program first, then its arguments, e.g. {example}.");
        }
        if (words is not { Count: > 0 })
        {
            return null;
        }
        // A build gets its own timeout; a start command's seconds are how long a stop may take.
        var timeout = member == "build" ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
        return (new ServerCommand(words, timeout), seconds);
    }

    private static string ReadPortVariable(ManifestFields root)
    {
        var name = root.String("port_variable", required: false, "\"PORT\"") ?? DefaultPortVariable;
        if (!VariableName().IsMatch(name))
        {
            root.Problems.Add($"'port_variable' \"{name}\" is not an environment variable name (capital letters, digits and '_').");
        }
        else if (LabVariables.IsLabVariable(name))
        {
            root.Problems.Add($"'port_variable' cannot be {name}: the lab already uses that variable for something else.");
        }
        return name;
    }

    private static (IReadOnlyList<string> Lab, IReadOnlyDictionary<string, string> Fixed) ReadEnvironment(ManifestFields root, string portVariable)
    {
        var fields = root.Object("environment", required: false, "{\"lab\": [\"DATABASE_URL\", \"REDIS_URL\"], \"fixed\": {\"NAME\": \"value\"}}");
        if (fields is null)
        {
            return ([], new Dictionary<string, string>());
        }
        var known = string.Join(", ", LabVariables.All);
        var lab = new List<string>();
        foreach (var variable in fields.StringList("lab", required: false, $"[\"{LabVariables.DatabaseUrl}\", \"{LabVariables.RedisUrl}\"]") ?? [])
        {
            if (!LabVariables.IsLabVariable(variable))
            {
                fields.Problems.Add($"'environment.lab' names {variable}, which the lab does not provide; it provides {known} (put other variables under 'environment.fixed').");
            }
            else if (lab.Contains(variable))
            {
                fields.Problems.Add($"'environment.lab' names {variable} twice.");
            }
            else
            {
                lab.Add(variable);
            }
        }
        var fixedValues = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixedFields = fields.Object("fixed", required: false, "{\"ASPNETCORE_ENVIRONMENT\": \"Production\"}");
        foreach (var property in fixedFields?.Properties() ?? [])
        {
            var where = $"'environment.fixed.{property.Name}'";
            if (LabVariables.IsLabVariable(property.Name))
            {
                fields.Problems.Add($"{where}: {property.Name} is passed in by the lab (connection strings and secrets are never written in a manifest); list it under 'environment.lab' instead.");
            }
            else if (property.Name == portVariable)
            {
                fields.Problems.Add($"{where}: the lab chooses the port and passes it in {portVariable}; remove it.");
            }
            else if (!VariableName().IsMatch(property.Name))
            {
                fields.Problems.Add($"{where} is not an environment variable name (letters, digits and '_', not starting with a digit).");
            }
            else if (property.Value.ValueKind != System.Text.Json.JsonValueKind.String)
            {
                fields.Problems.Add($"{where} must be a string (write \"{property.Value.GetRawText().Trim('"')}\"), not {ManifestFields.Describe(property.Value)}.");
            }
            else
            {
                fixedValues[property.Name] = property.Value.GetString()!;
            }
        }
        fields.RejectUnknownMembers();
        return (lab, fixedValues);
    }

    private static (string Path, int TimeoutSeconds) ReadReadiness(ManifestFields root)
    {
        var fields = root.Object("readiness", required: false, "{\"path\": \"/health\", \"timeout_seconds\": 30}");
        if (fields is null)
        {
            return (DefaultReadinessPath, DefaultReadinessTimeoutSeconds);
        }
        var path = fields.String("path", required: false, "\"/health\"") ?? DefaultReadinessPath;
        if (!path.StartsWith('/') || path.Contains("://", StringComparison.Ordinal))
        {
            fields.Problems.Add($"'readiness.path' must be a path on the server starting with '/', such as \"/health\", not \"{path}\".");
        }
        var timeout = fields.WholeNumber("timeout_seconds", 1, 600) ?? DefaultReadinessTimeoutSeconds;
        fields.RejectUnknownMembers();
        return (path, timeout);
    }

    /// <summary>Non-default settings the server runs with, recorded beside its results (contract §1.5).</summary>
    private static Dictionary<string, string> ReadSettings(ManifestFields root)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.Object("settings", required: false, "{\"Npgsql\": \"No Reset On Close = true\"}")?.Properties() ?? [])
        {
            if (property.Value.ValueKind != System.Text.Json.JsonValueKind.String)
            {
                root.Problems.Add($"'settings.{property.Name}' must be a string describing the setting, not {ManifestFields.Describe(property.Value)}.");
            }
            else
            {
                settings[property.Name] = property.Value.GetString()!;
            }
        }
        return settings;
    }

    private static HashSet<string>? ReadScenarios(ManifestFields root)
    {
        var ids = root.StringList("scenarios", required: true, "the scenario ids it implements, e.g. [\"01\", \"02\", \"03\"]");
        if (ids is null)
        {
            return null;
        }
        if (ids.Count == 0)
        {
            root.Problems.Add("'scenarios' is empty; a server implements at least one scenario (e.g. [\"01\"] for GET /health).");
        }
        var scenarios = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!ContractScenarios.IsKnown(id))
            {
                root.Problems.Add($"'scenarios' names \"{id}\", which contract §4 does not define; use {string.Join(", ", ContractScenarios.Declarable)}.");
            }
            else if (!scenarios.Add(id))
            {
                root.Problems.Add($"'scenarios' names \"{id}\" twice.");
            }
        }
        return scenarios;
    }

    /// <summary><c>requires</c>: <c>{"apt": ["python3-fastapi"], "commands": ["node"]}</c>.</summary>
    private static ServerRequirements ReadRequires(ManifestFields root)
    {
        var fields = root.Object("requires", required: false, "{\"apt\": [\"python3-fastapi\"], \"commands\": [\"node\"]}");
        if (fields is null)
        {
            return ServerRequirements.None;
        }
        var apt = fields.StringList("apt", required: false, "[\"python3-fastapi\", \"python3-uvicorn\"]") ?? [];
        foreach (var package in apt.Where(package => !DebianPackage().IsMatch(package)))
        {
            fields.Problems.Add($"'requires.apt' names \"{package}\", which is not a Debian package name (lower-case letters, digits and + - . only).");
        }
        var commands = fields.StringList("commands", required: false, "[\"node\"]") ?? [];
        foreach (var command in commands.Where(command => command.Contains(' ', StringComparison.Ordinal)))
        {
            fields.Problems.Add($"'requires.commands' names \"{command}\": give one program name (or absolute path) per entry, without arguments.");
        }
        fields.RejectUnknownMembers();
        return new ServerRequirements(apt, commands);
    }

    /// <summary><c>setup</c>: a list of <c>{"run": [...], "inputs": [...], "outputs": [...]}</c>, run in order before <c>build</c>.</summary>
    private static List<SetupStep> ReadSetup(ManifestFields root)
    {
        var steps = new List<SetupStep>();
        var list = root.Member("setup");
        if (list is null)
        {
            return steps;
        }
        if (list.Value.ValueKind != JsonValueKind.Array)
        {
            root.Problems.Add($"'setup' must be a list of steps such as [{{\"run\": [\"npm\", \"ci\"], \"inputs\": [\"package-lock.json\"], \"outputs\": [\"node_modules\"]}}], not {ManifestFields.Describe(list.Value)}.");
            return steps;
        }
        var index = 0;
        foreach (var item in list.Value.EnumerateArray())
        {
            var where = $"setup[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                root.Problems.Add($"'{where}' must be an object with \"run\", \"inputs\" and \"outputs\", not {ManifestFields.Describe(item)}.");
                continue;
            }
            var fields = new ManifestFields(item, where, root.Problems);
            var run = fields.StringList("run", required: true, "[\"npm\", \"ci\"]");
            var inputs = fields.StringList("inputs", required: false, "[\"package-lock.json\"]") ?? [];
            var outputs = fields.StringList("outputs", required: false, "[\"node_modules\"]") ?? [];
            var seconds = fields.WholeNumber("timeout_seconds", 1, 3600) ?? DefaultBuildTimeoutSeconds;
            foreach (var path in inputs.Concat(outputs).Where(path => Path.IsPathRooted(path) || path.Split('/').Contains("..")))
            {
                root.Problems.Add($"'{where}': \"{path}\" must be a path inside the server's folder (relative, no '..').");
            }
            if (run is { Count: 0 })
            {
                root.Problems.Add($"'{where}.run' is empty; give the program first, then its arguments, e.g. [\"npm\", \"ci\"].");
            }
            fields.RejectUnknownMembers();
            if (run is { Count: > 0 })
            {
                steps.Add(new SetupStep(new ServerCommand(run, TimeSpan.FromSeconds(seconds)), inputs, outputs));
            }
        }
        return steps;
    }

    /// <summary><c>versions</c>: name → a command that prints one version, e.g. <c>{"python": ["/usr/bin/python3", "--version"]}</c>.</summary>
    private static Dictionary<string, ServerCommand> ReadVersions(ManifestFields root)
    {
        var versions = new Dictionary<string, ServerCommand>(StringComparer.Ordinal);
        var fields = root.Object("versions", required: false, "{\"python\": [\"/usr/bin/python3\", \"-c\", \"import sys; print(sys.version.split()[0])\"]}");
        foreach (var property in fields?.Properties() ?? [])
        {
            var words = fields!.StringList(property.Name, required: true, "[\"node\", \"-p\", \"process.version\"]");
            if (words is { Count: 0 })
            {
                root.Problems.Add($"'versions.{property.Name}' is empty; give a command that prints the version, e.g. [\"node\", \"-p\", \"process.version\"].");
            }
            else if (words is { Count: > 0 })
            {
                versions[property.Name] = new ServerCommand(words, TimeSpan.FromSeconds(30));
            }
        }
        return versions;
    }

    /// <summary><c>variants</c>: axis → the values the server accepts, e.g. <c>{"PROCESSES": ["1", "2", "4"]}</c> (§9.8).</summary>
    private static Dictionary<string, IReadOnlyList<string>>? ReadVariants(ManifestFields root)
    {
        var fields = root.Object("variants", required: false, "{\"DATA_ACCESS\": [\"orm\", \"raw\"], \"PROCESSES\": [\"1\", \"2\", \"4\"]}");
        if (fields is null)
        {
            return null;
        }
        var variants = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in fields.Properties())
        {
            if (!VariableName().IsMatch(property.Name))
            {
                root.Problems.Add($"'variants.{property.Name}' is not an environment variable name (the axis is the variable a variant sets).");
                continue;
            }
            var values = fields.StringList(property.Name, required: true, "[\"orm\", \"raw\"]");
            if (values is { Count: 0 })
            {
                root.Problems.Add($"'variants.{property.Name}' is empty; list the values the server accepts.");
            }
            else if (values is { Count: > 0 })
            {
                variants[property.Name] = values;
            }
        }
        return variants;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9+.-]+$")]
    private static partial Regex DebianPackage();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
