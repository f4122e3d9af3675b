using BenchLab.Infra;
using BenchLab.Servers.Lifecycle;

namespace BenchLab.Runner.Execution;

/// <summary>The failures that stop a run but leave it able to write what it measured (a crashed server, a dead database or Redis).</summary>
public static class LabFailures
{
    public static bool StopsTheRun(Exception e) =>
        e is ServerException or InfraException or Npgsql.NpgsqlException or StackExchange.Redis.RedisException or IOException or System.Net.Sockets.SocketException or TimeoutException;
}
