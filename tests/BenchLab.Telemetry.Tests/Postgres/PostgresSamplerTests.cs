using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Postgres;
using BenchLab.Testing;
using Npgsql;

namespace BenchLab.Telemetry.Tests.Postgres;

public sealed class PostgresSamplerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sample_counts_the_interval_s_data_statements_and_the_busiest_moment_of_the_pool()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        var clock = RunClock.StartNew();
        await using var sampler = new PostgresSampler(database.Superuser, probeInterval: TimeSpan.FromMilliseconds(50));
        var start = clock.Now();
        await sampler.StartAsync(start, Token);

        await using (var server = await ScriptedServer.OpenUnpooledAsync(database, Token))
        {
            for (var id = 1; id <= 30; id++)
            {
                await ScriptedServer.QueryAsync(server, "SELECT id FROM users WHERE id = $1", Token, id);
            }
            // Hold a transaction open across several probes: the pool had a connection lent out.
            await using var transaction = await server.BeginTransactionAsync(Token);
            await using (var update = new NpgsqlCommand("UPDATE products SET stock = stock WHERE id = 2", server, transaction))
            {
                await update.ExecuteNonQueryAsync(Token);
            }
            await Task.Delay(400, Token);
            await transaction.CommitAsync(Token);
        }
        var at = clock.Now();
        var sample = await sampler.SampleAsync(at, Token);

        var seconds = start.SecondsUntil(at);
        Assert.Equal(31, Math.Round(sample.StatementsPerSecond * seconds, 6));
        Assert.Equal(31, Math.Round(sample.RowsPerSecond * seconds, 6));
        Assert.True(sample.ExcludedStatementsPerSecond * seconds >= 2, "BEGIN and COMMIT were not seen as excluded statements");
        Assert.True(sample.ConnectionsInUseMax >= 1, "the open transaction was not seen");
        Assert.Equal(at, sample.Time);
    }
}
