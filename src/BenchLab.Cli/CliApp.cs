using BenchLab.Cli.Commands;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Servers.Manifests;
using Spectre.Console.Cli;

namespace BenchLab.Cli;

/// <summary>
/// The command tree and the exit-code policy: 0 success, 1 a failed run or infrastructure fault,
/// 2 a usage mistake (bad flag, bad connection string, missing prerequisite) — always one line on stderr.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(Configure);
        using var interrupts = new InterruptSignals();
        try
        {
            var exitCode = await app.RunAsync(args, interrupts.Token);
            // Commands that stop on an interruption return 130 after writing their partial result; a SIGTERM or
            // SIGHUP says so in its own code.
            return interrupts.Interrupted && exitCode == LoadCommand.Interrupted ? interrupts.ExitCode : exitCode;
        }
        catch (CommandAppException e)
        {
            LabConsole.Failure($"{OneLine(e.Message)} (see ./benchlab --help)");
            return UsageError;
        }
        catch (UsageException e)
        {
            LabConsole.Failure(OneLine(e.Message));
            return UsageError;
        }
        catch (ExternalServiceException e)
        {
            // The lab is pointed at these by --pg/--redis or by BENCHLAB_PG/BENCHLAB_REDIS.
            LabConsole.Failure(e.Service == ExternalService.Postgres ? $"--pg (or BENCHLAB_PG): {OneLine(e.Message)}" : $"--redis (or BENCHLAB_REDIS): {OneLine(e.Message)}");
            return UsageError;
        }
        catch (UnknownServerException e)
        {
            LabConsole.Failure($"--server: {OneLine(e.Message)}");
            return UsageError;
        }
        catch (BenchLab.Servers.Lifecycle.MissingRequirementException e)
        {
            LabConsole.Failure(OneLine(e.Message));
            return UsageError;
        }
        catch (OperationCanceledException) when (interrupts.Interrupted)
        {
            LabConsole.Failure(interrupts.Description);
            return interrupts.ExitCode;
        }
        catch (InfraException e)
        {
            LabConsole.Failure(OneLine(e.Message));
            return Failed;
        }
        catch (BenchLab.Servers.Lifecycle.ServerException e)
        {
            LabConsole.Failure(OneLine(e.Message));
            return Failed;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or StackExchange.Redis.RedisException or IOException)
        {
            LabConsole.Failure($"{e.GetType().Name}: {OneLine(e.Message)}");
            return Failed;
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("./benchlab");
        config.PropagateExceptions();
        config.UseStrictParsing();
        config.ValidateExamples();

        config.AddCommand<RunCommand>("run")
            .WithExample("run")
            .WithExample("run", "all", "--server", "minimal", "--smoke")
            .WithExample("run", "11", "--full", "--variant", "pool1:DB_POOL_MAX=1", "--variant", "pool20:DB_POOL_MAX=20");
        config.AddCommand<ReportCommand>("report")
            .WithExample("report", "results/minimal/2026-11-27T155605")
            .WithExample("report", "minimal@pool1", "minimal@pool20", "--out", "pool.html")
            .WithExample("report", "minimal", "--findings");
        config.AddCommand<CompareCommand>("compare")
            .WithExample("compare", "minimal@pool1", "minimal@pool20")
            .WithExample("compare", "results/minimal/2026-11-27T155605", "results/minimal/2026-11-28T101500", "--html", "compare.html");
        config.AddCommand<ServersCommand>("servers")
            .WithExample("servers");
        config.AddCommand<ScenariosCommand>("scenarios")
            .WithExample("scenarios");
        config.AddBranch("docs", docs =>
        {
            docs.SetDescription("Regenerate documentation pages from result files.");
            docs.AddCommand<DocsScenariosCommand>("scenarios").WithExample("docs", "scenarios");
        });
        config.AddBranch("infra", infra =>
        {
            infra.SetDescription("Embedded PostgreSQL 15 and Redis on loopback.");
            infra.AddCommand<InfraUpCommand>("up").WithExample("infra", "up").WithExample("infra", "up", "--pg", "postgresql://postgres:secret@127.0.0.1:5432/postgres");
            infra.AddCommand<InfraStatusCommand>("status").WithExample("infra", "status");
            infra.AddCommand<InfraDownCommand>("down").WithExample("infra", "down");
        });
        config.AddBranch("db", db =>
        {
            db.SetDescription("The benchmark database: reset procedures of contract §2.6.");
            db.AddCommand<DbResetCommand>("reset").WithExample("db", "reset", "users").WithExample("db", "reset", "--all");
        });
        config.AddCommand<TestCommand>("test")
            .WithExample("test");
        config.AddCommand<ObserveCommand>("observe")
            .WithExample("observe", "--pid", "12345", "--pg", "--redis", "-d", "30s")
            .WithExample("observe", "--pid", "12345", "--metrics-port");
        config.AddCommand<VerifyCommand>("verify")
            .WithExample("verify", "--server", "minimal")
            .WithExample("verify", "--url", "http://127.0.0.1:8000", "--only", "basic,users");
        config.AddCommand<LoadCommand>("load")
            .WithExample("load", "http://127.0.0.1:8080/", "-c", "64", "-d", "10s")
            .WithExample("load", "http://127.0.0.1:8080/", "--rate", "5000", "-d", "1m");

    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
