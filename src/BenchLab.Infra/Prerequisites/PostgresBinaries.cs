using System.Globalization;

namespace BenchLab.Infra.Prerequisites;

/// <summary>The PostgreSQL server programs (initdb, pg_ctl, postgres) of one major version.</summary>
public sealed record PostgresBinaries(string BinDirectory, int MajorVersion)
{
    public const int MinimumMajorVersion = 15;
    public const string BinDirectoryVariable = "BENCHLAB_PG_BIN";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    /// <summary>
    /// <c>BENCHLAB_PG_BIN</c> if set, else Debian's <c>/usr/lib/postgresql/N/bin</c>: version 15 when present
    /// (what the contract's figures use), otherwise the newest version ≥ 15. Null when none is installed.
    /// </summary>
    public static PostgresBinaries? Locate()
    {
        var overridden = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            if (!File.Exists(Path.Combine(overridden, "pg_ctl")))
            {
                throw new UsageException($"{BinDirectoryVariable}={overridden} holds no pg_ctl; point it at PostgreSQL's bin folder (e.g. /usr/lib/postgresql/15/bin)");
            }
            return new PostgresBinaries(overridden, ReadMajorVersion(overridden));
        }

        const string DebianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }
        var candidates = Directory.GetDirectories(DebianRoot)
            .Select(folder => (folder, ok: int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var version), version))
            .Where(c => c.ok && c.version >= MinimumMajorVersion && File.Exists(Path.Combine(c.folder, "bin", "pg_ctl")) && File.Exists(Path.Combine(c.folder, "bin", "initdb")))
            .OrderBy(c => c.version == MinimumMajorVersion ? 0 : 1)
            .ThenByDescending(c => c.version)
            .ToList();
        return candidates.Count == 0 ? null : new PostgresBinaries(Path.Combine(candidates[0].folder, "bin"), candidates[0].version);
    }

    private static int ReadMajorVersion(string binDirectory)
    {
        // .../postgresql/15/bin → 15; anything else is taken at its word and checked at start-up.
        var parent = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(binDirectory).TrimEnd('/')));
        return int.TryParse(parent, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : MinimumMajorVersion;
    }
}
