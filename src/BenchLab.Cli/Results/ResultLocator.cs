using BenchLab.Infra;
using BenchLab.Results;
using BenchLab.Results.Model;

namespace BenchLab.Cli.Results;

/// <summary>A result named on the command line, found and read.</summary>
public sealed record LocatedResult(RunResult Result, string Folder);

/// <summary>
/// Turns what `report` and `compare` are given into results: a result folder, a result.json, or a server label
/// (<c>minimal</c>, <c>minimal@pool1</c>) meaning its newest result under the results folder. Anything else is a
/// usage mistake, said in one line.
/// </summary>
public static class ResultLocator
{
    public static async Task<LocatedResult> LoadAsync(string argument, string resultsRoot, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(argument);
        var file = Find(argument, resultsRoot);
        try
        {
            return new LocatedResult(await ResultJson.ReadAsync(file, cancellationToken), Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException($"{file} cannot be read: {e.Message}");
        }
    }

    private static string Find(string argument, string resultsRoot)
    {
        if (File.Exists(argument))
        {
            return argument;
        }
        if (Directory.Exists(argument))
        {
            var inside = Path.Combine(argument, ResultJson.FileName);
            if (File.Exists(inside))
            {
                return inside;
            }
            var newest = Newest(argument);
            return newest ?? throw new UsageException($"{argument} holds no {ResultJson.FileName}; give a result folder such as results/minimal/2026-11-27T155605, a result.json, or a server label such as minimal@pool1");
        }
        if (LooksLikeLabel(argument))
        {
            var labelFolder = Path.Combine(resultsRoot, argument);
            if (Directory.Exists(labelFolder))
            {
                return Newest(labelFolder) ?? throw new UsageException($"{labelFolder} holds no result yet; run ./benchlab run first");
            }
            throw new UsageException($"'{argument}' is neither a result folder nor a server label with results in {resultsRoot} (labels there: {Labels(resultsRoot)})");
        }
        throw new UsageException($"{argument}: no such result folder or file");
    }

    /// <summary>The newest results/LABEL/&lt;time&gt;/result.json: folder names are sortable timestamps.</summary>
    private static string? Newest(string labelFolder) =>
        Directory.GetDirectories(labelFolder)
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, ResultJson.FileName))
            .FirstOrDefault(File.Exists);

    private static bool LooksLikeLabel(string argument) =>
        argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@') && !argument.StartsWith('.');

    private static string Labels(string resultsRoot)
    {
        var labels = Directory.Exists(resultsRoot)
            ? Directory.GetDirectories(resultsRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        return labels.Count == 0 ? "none" : string.Join(", ", labels);
    }
}
