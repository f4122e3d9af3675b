namespace BenchLab.Load.Metrics;

/// <summary>Status classes as histogram slots: 0 = no response (timeout, connection error), 1–5 = 1xx–5xx.</summary>
public static class StatusClass
{
    public const int Count = 6;

    public static int Of(int status) => status <= 0 ? 0 : Math.Clamp(status / 100, 1, 5);

    public static string Name(int statusClass) => statusClass == 0 ? "none" : $"{statusClass}xx";
}
