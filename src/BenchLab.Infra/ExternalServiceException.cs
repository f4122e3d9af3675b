namespace BenchLab.Infra;

/// <summary>The two services the lab can be pointed at instead of running its own.</summary>
public enum ExternalService
{
    Postgres,
    Redis,
}

/// <summary>
/// A PostgreSQL or Redis the user pointed the lab at does not answer or refuses the login. The message says what
/// failed at which address; the command line says which of its options named it (and exits 2).
/// </summary>
public sealed class ExternalServiceException : Exception
{
    public ExternalServiceException(ExternalService service, string message) : base(message) => Service = service;

    public ExternalServiceException(string message) : base(message) { }

    public ExternalServiceException(string message, Exception inner) : base(message, inner) { }

    public ExternalServiceException() { }

    public ExternalService Service { get; }
}
