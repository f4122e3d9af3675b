using System.Runtime.CompilerServices;
using BenchLab.Load.Http;

namespace BenchLab.Load.Scripting;

/// <summary>Ready-made iterations. <see cref="OneRequest"/> sends one fixed request per iteration — the ad-hoc mode
/// (wrk, hey) — with a pooled async state machine, so a run allocates nothing per request once warm.</summary>
public static class Iterations
{
    public static Func<VuContext, ValueTask> OneRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return vu => SendAsync(vu, request);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private static async ValueTask SendAsync(VuContext vu, HttpRequest request) => await vu.SendAsync(request);
}
