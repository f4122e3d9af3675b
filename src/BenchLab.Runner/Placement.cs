namespace BenchLab.Runner;

/// <summary>
/// Where the processes run on the machine's cores (contract §8.1): none pins nothing; split puts the
/// generator alone on the last core and everything else on the others; iso puts the server alone on core 0 and
/// PostgreSQL, Redis and the generator on the rest.
/// </summary>
public enum Placement
{
    None,
    Split,
    Iso,
}
