using BenchLab.Results.Model;

namespace BenchLab.Runner.Execution;

/// <summary>
/// The lab failed (or Ctrl-C came) after a repetition's load had run: <see cref="Measured"/> holds what was
/// measured, marked partial, so that the run can write it before it stops for <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class MeasuredRepetitionException : Exception
{
    public MeasuredRepetitionException()
    {
    }

    public MeasuredRepetitionException(string message)
        : base(message)
    {
    }

    public MeasuredRepetitionException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public MeasuredRepetitionException(RepetitionResult measured, Exception inner)
        : base(inner?.Message, inner)
    {
        Measured = measured;
    }

    public RepetitionResult? Measured { get; }
}
