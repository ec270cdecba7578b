namespace PortalProbe.Cli.Bench;

/// <summary>The highest memory seen while sampling, in bytes; <see cref="Measure"/> says PSS or RSS.</summary>
internal sealed record MemoryPeaks(long PortalProbe, long Chromium, long Everything, string Measure, int Samples)
{
    public static MemoryPeaks None { get; } = new(0, 0, 0, "PSS", 0);
}

/// <summary>
/// Samples this process and every process it started (Playwright's driver and the Chromium processes under it)
/// every <c>interval</c> from /proc and keeps the peaks: PortalProbe alone, all Chromium processes together, and
/// everything together at one moment. Each sample sums PSS, which never counts a shared page twice.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly Task _loop;
    private readonly int _self = Environment.ProcessId;
    private long _portalProbe;
    private long _chromium;
    private long _everything;
    private int _samples;
    private bool _rssUsed;

    private MemorySampler(TimeSpan interval, TimeProvider time) => _loop = Task.Run(() => LoopAsync(interval, time));

    /// <summary>Starts sampling at once and then every <paramref name="interval"/> until disposed.</summary>
    public static MemorySampler Start(TimeSpan interval, TimeProvider time) => new(interval, time);

    /// <summary>The peaks so far.</summary>
    public MemoryPeaks Peaks
    {
        get
        {
            lock (_lock)
            {
                return new MemoryPeaks(_portalProbe, _chromium, _everything, _rssUsed ? "RSS (PSS unreadable for some processes)" : "PSS", _samples);
            }
        }
    }

    /// <summary>Takes one sample now and folds it into the peaks.</summary>
    public void SampleOnce()
    {
        var self = ProcFs.Memory(_self)?.Bytes ?? 0;
        long chromium = 0;
        long others = 0;
        var rss = false;
        foreach (var process in ProcFs.Descendants(ProcFs.Processes(), _self))
        {
            if (ProcFs.Memory(process.Pid) is not { } memory)
            {
                continue;
            }

            rss |= memory.Measure != "PSS";
            if (IsChromium(process.Command))
            {
                chromium += memory.Bytes;
            }
            else
            {
                others += memory.Bytes;
            }
        }

        lock (_lock)
        {
            _portalProbe = Math.Max(_portalProbe, self);
            _chromium = Math.Max(_chromium, chromium);
            _everything = Math.Max(_everything, self + chromium + others);
            _rssUsed |= rss;
            _samples++;
        }
    }

    /// <summary>Debian's Chromium runs as "chromium" (browser, renderers, GPU and utility processes alike).</summary>
    public static bool IsChromium(string command) =>
        command.StartsWith("chromium", StringComparison.Ordinal) || command.StartsWith("chrome", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // stopped, as asked
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval, TimeProvider time)
    {
        while (!_stop.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            SampleOnce();

            // Reading smaps_rollup walks each process's page tables: on a busy machine with many Chromium processes a
            // sample can outlast the interval, and sampling back to back then took a core from the sweep it measures.
            // The pause is at least three times what the sample took, so sampling uses at most a quarter of one core
            // (at 250 ms and a pause as long as the sample, a 24-city bench took 2339 samples in 18 min: some 230 ms each).
            var took = time.GetElapsedTime(started);
            var left = interval - took;
            await Task.Delay(left > 3 * took ? left : 3 * took, time, _stop.Token);
        }
    }
}
