namespace BenchLab.Infra.Reset;

/// <summary>The reset procedures by command-line name; <c>--all</c> runs R-full then R-redis.</summary>
public static class ResetCatalog
{
    public static IReadOnlyList<IResetProcedure> Named(Action<string> log) =>
        [new UsersReset(), new BulkReset(), new ProductsReset(), new RedisReset(), new StatsReset(), new FullReset(log)];

    public static IReadOnlyList<IResetProcedure> All(Action<string> log) => [new FullReset(log), new RedisReset()];

    public static IResetProcedure? Find(string name, Action<string> log) =>
        Named(log).FirstOrDefault(procedure => string.Equals(procedure.Name, name, StringComparison.OrdinalIgnoreCase));
}
