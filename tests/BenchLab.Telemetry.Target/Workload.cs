using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace BenchLab.Telemetry.Target;

/// <summary>
/// Behaves like a small server under steady load, for <c>./benchlab observe</c> to watch: several workers each
/// do "requests" back to back — a cache-aside user lookup (Redis GET user:{id}; on a miss one pooled PostgreSQL
/// SELECT as the connection string's role, then SET … EX 300) and, every tenth request, a page of 20 users.
/// Ids are drawn from 1..2,000, so the Redis hit ratio climbs as the cache fills.
/// </summary>
public sealed class Workload(string postgres, string redis, int workers)
{
    public async Task RunAsync(CancellationToken stop)
    {
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgres) { MaxPoolSize = workers, ApplicationName = "telemetry-target" }.ConnectionString);
        var tasks = Enumerable.Range(0, workers).Select(i => WorkerAsync(dataSource, i, stop)).ToList();
        Console.WriteLine("ready");
        await Task.WhenAll(tasks);
    }

    private async Task WorkerAsync(NpgsqlDataSource dataSource, int worker, CancellationToken stop)
    {
        var random = new Random(worker + 1);
        var separator = redis.LastIndexOf(':');
        using var client = new TcpClient();
        await client.ConnectAsync(redis[..separator], int.Parse(redis[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture), stop);
        var stream = client.GetStream();
        for (var request = 0; !stop.IsCancellationRequested; request++)
        {
            var id = random.Next(1, 2001);
            var cached = await RedisAsync(stream, stop, "GET", $"user:{id}");
            if (cached.StartsWith("$-1", StringComparison.Ordinal))
            {
                await using var command = dataSource.CreateCommand("SELECT id, name, email, created_at FROM users WHERE id = $1");
                command.Parameters.AddWithValue(id);
                await using (var reader = await command.ExecuteReaderAsync(stop))
                {
                    await reader.ReadAsync(stop);
                }
                await RedisAsync(stream, stop, "SET", $"user:{id}", $"{{\"id\":{id}}}", "EX", "300");
            }
            if (request % 10 == 0)
            {
                await using var page = dataSource.CreateCommand("SELECT id, name, email, created_at FROM users ORDER BY id LIMIT 20 OFFSET $1");
                page.Parameters.AddWithValue(random.Next(0, 99_980));
                await using var reader = await page.ExecuteReaderAsync(stop);
                while (await reader.ReadAsync(stop))
                {
                }
            }
            await Task.Delay(2, stop);
        }
    }

    /// <summary>One RESP command; returns the first line of the reply and skips a bulk body.</summary>
    private static async Task<string> RedisAsync(NetworkStream stream, CancellationToken stop, params string[] arguments)
    {
        var request = new StringBuilder($"*{arguments.Length}\r\n");
        foreach (var argument in arguments)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), stop);
        var line = new StringBuilder();
        var one = new byte[1];
        while (!line.ToString().EndsWith("\r\n", StringComparison.Ordinal))
        {
            await stream.ReadExactlyAsync(one, stop);
            line.Append((char)one[0]);
        }
        var text = line.ToString();
        if (text[0] == '$' && !text.StartsWith("$-1", StringComparison.Ordinal))
        {
            var body = new byte[int.Parse(text.AsSpan(1, text.Length - 3), System.Globalization.CultureInfo.InvariantCulture) + 2];
            await stream.ReadExactlyAsync(body, stop);
        }
        return text;
    }
}
