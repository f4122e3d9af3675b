namespace BenchLab.Telemetry.Sampling;

/// <summary>A sampler's source (PostgreSQL, Redis) stopped answering; the recorder ends the timeline with it.</summary>
public sealed class SamplerFailedException : Exception
{
    public SamplerFailedException()
    {
    }

    public SamplerFailedException(string message)
        : base(message)
    {
    }

    public SamplerFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
