using PortalProbe.Browser.Engine;

namespace PortalProbe.Cli.Sweeps;

/// <summary>
/// One Chromium shared by the sweep's concurrent cities, replaced by a fresh one after it has served
/// <c>citiesPerBrowser</c> cities (or when it crashed), so that memory Chromium keeps between contexts does
/// not grow through the night. A replaced Chromium is closed once its last city finished.
/// </summary>
internal sealed class RecyclingBrowser(Func<CancellationToken, Task<BrowserSession>> launch, int citiesPerBrowser) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private readonly List<Generation> _open = [];
    private Generation? _current;

    /// <summary>How many Chromium processes were launched so far.</summary>
    public int Launches { get; private set; }

    /// <summary>A Chromium for one city; dispose the lease when the city is done.</summary>
    public async Task<Lease> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Generation? retired = null;
            lock (_lock)
            {
                if (_current is { } current && (current.Served >= citiesPerBrowser || !current.Session.Browser.IsConnected))
                {
                    current.Retired = true;
                    retired = current.Leases == 0 ? current : null;
                    _current = null;
                }
            }

            if (retired is not null)
            {
                await CloseAsync(retired);
            }

            if (_current is null)
            {
                var generation = new Generation(await launch(cancellationToken));
                Launches++;
                lock (_lock)
                {
                    _open.Add(generation);
                    _current = generation;
                }
            }

            lock (_lock)
            {
                _current.Served++;
                _current.Leases++;
                return new Lease(this, _current);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Generation> open;
        lock (_lock)
        {
            open = [.. _open];
            _open.Clear();
            _current = null;
        }

        foreach (var generation in open)
        {
            await generation.Session.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task ReleaseAsync(Generation generation)
    {
        bool close;
        lock (_lock)
        {
            generation.Leases--;
            close = generation.Retired && generation.Leases == 0;
        }

        if (close)
        {
            await CloseAsync(generation);
        }
    }

    private async Task CloseAsync(Generation generation)
    {
        lock (_lock)
        {
            if (!_open.Remove(generation))
            {
                return;
            }
        }

        await generation.Session.DisposeAsync();
    }

    /// <summary>One city's use of a Chromium.</summary>
    internal sealed class Lease(RecyclingBrowser owner, Generation generation) : IAsyncDisposable
    {
        private int _released;

        public BrowserSession Session => generation.Session;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await owner.ReleaseAsync(generation);
            }
        }
    }

    internal sealed class Generation(BrowserSession session)
    {
        public BrowserSession Session { get; } = session;

        public int Served { get; set; }

        public int Leases { get; set; }

        public bool Retired { get; set; }
    }
}
