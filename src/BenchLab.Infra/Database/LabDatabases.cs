namespace BenchLab.Infra.Database;

/// <summary>
/// Names fixed by contract §2.1: the database <c>benchmark</c>, owned by the login role <c>benchmark</c>,
/// which is the only role servers connect as. The seeded rows live once in <c>benchlab_template</c>, from which
/// <c>benchmark</c> (and every test's private database) is cloned in about a second.
/// </summary>
public static class LabDatabases
{
    public const string Role = "benchmark";
    public const string RolePassword = "benchmark";
    public const string Benchmark = "benchmark";
    public const string Template = "benchlab_template";
}
