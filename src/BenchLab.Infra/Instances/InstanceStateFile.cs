using System.Text.Json;
using BenchLab.Infra.Processes;

namespace BenchLab.Infra.Instances;

/// <summary>
/// Reads and writes one state file (the pid and port file of one server) and tells live state from stale:
/// a file whose pid no longer runs its program was left by a killed run and is removed.
/// </summary>
public sealed class InstanceStateFile(string path)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Path { get; } = path;

    public InstanceState? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<InstanceState>(File.ReadAllText(Path), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(InstanceState state)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(state, Options));
        File.Move(temporary, Path, overwrite: true);
    }

    public void Delete() => File.Delete(Path);

    /// <summary>The recorded state if its process still runs; otherwise removes the stale file and returns null.</summary>
    public InstanceState? ReadLive(out bool removedStale)
    {
        removedStale = false;
        var state = Read();
        if (state is null)
        {
            if (File.Exists(Path))
            {
                Delete();
                removedStale = true;
            }
            return null;
        }
        if (ProcessProbe.Runs(state.Pid, state.Program))
        {
            return state;
        }
        Delete();
        removedStale = true;
        return null;
    }
}
