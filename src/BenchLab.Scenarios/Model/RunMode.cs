namespace BenchLab.Scenarios.Model;

/// <summary>The three run modes of contract §8.4.</summary>
public enum RunMode
{
    /// <summary>1 s warm-up + 3 s, one repetition: proves a scenario runs and its outcome fields are right; never a figure.</summary>
    Smoke,

    /// <summary>5 s + 10 s, one repetition (unless --repeat): a newcomer's tour, labelled "quick".</summary>
    Quick,

    /// <summary>10 s + 30 s, 10 repetitions for 01–08 and 5 otherwise: every figure quoted in docs.</summary>
    Full,
}
