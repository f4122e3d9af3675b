using BenchLab.Infra.Prerequisites;
using Microsoft.Playwright;

namespace BenchLab.Reports.Tests.Support;

/// <summary>
/// Debian's chromium, headless, driven by Playwright: installed with apt-get (as root) when the machine lacks it —
/// never a browser Playwright would download — started once for the test assembly with a fresh profile folder,
/// removed afterwards.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowserContext? _context;
    private DirectoryInfo? _profile;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            await AptInstaller.InstallAsync(["chromium"], "Chromium (the report tests render report.html in it)", _ => { }, TestContext.Current.CancellationToken);
        }
        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("benchlab-chromium-");
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = Flags,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Timeout = 60_000,
        });
    }

    /// <summary>Opens a file in a new page and collects what a reader would never see: console errors, page errors, requests.</summary>
    public async Task<RenderedPage> OpenAsync(string file)
    {
        var page = await (_context ?? throw new InvalidOperationException("not started")).NewPageAsync();
        var rendered = new RenderedPage(page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                rendered.ConsoleProblems.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => rendered.ConsoleProblems.Add($"page error: {error}");
        page.Request += (_, request) => rendered.Requests.Add(request.Url);
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        return rendered;
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
        _playwright?.Dispose();
        _profile?.Delete(recursive: true);
    }
}

/// <summary>A page as the browser rendered it, with what it complained about and what it asked the network for.</summary>
public sealed class RenderedPage(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> ConsoleProblems { get; } = [];

    public List<string> Requests { get; } = [];

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}
