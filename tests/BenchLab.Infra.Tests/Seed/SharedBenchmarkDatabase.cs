using BenchLab.Infra.Database;
using BenchLab.Testing;
using Npgsql;

namespace BenchLab.Infra.Tests.Seed;

/// <summary>Read-only access to the shared, seeded benchmark database of the test run.</summary>
public static class SharedBenchmarkDatabase
{
    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var endpoint = LabEnvironment.Superuser.WithDatabase(LabDatabases.Benchmark);
        var connection = new NpgsqlConnection(endpoint.ToLabConnectionString("benchlab-test"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
