namespace BenchLab.Telemetry.Postgres;

/// <summary>What a statement in pg_stat_statements is, for counting (contract §1.4).</summary>
public enum StatementKind
{
    /// <summary>A data statement of the server's: counted (SELECT, INSERT, UPDATE, DELETE, COPY, TRUNCATE, CALL, …).</summary>
    Data,

    /// <summary>BEGIN, COMMIT, ROLLBACK, SAVEPOINT, SET TRANSACTION, …: not counted.</summary>
    Transaction,

    /// <summary>What a driver sends when a pooled connection is returned (DISCARD ALL, RESET ALL, pg_advisory_unlock_all(), …): not counted.</summary>
    ConnectionReset,

    /// <summary>Session settings (SET, RESET, SHOW) that drivers send on connect: not counted.</summary>
    Session,

    /// <summary>A driver reading the system catalogs (Npgsql's type loading, <c>SELECT version()</c>) when it opens a physical connection: not counted.</summary>
    DriverCatalog,
}
