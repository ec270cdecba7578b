namespace PortalProbe.Cli.Sweeps;

/// <summary>
/// The cities still to run, handed out so that no two running cities share a portal host: a worker takes the
/// first city (in sweep order) whose hosts are all free, and waits when every waiting city's host is busy.
/// </summary>
internal sealed class HostQueue<T>
{
    private readonly List<(T Item, IReadOnlySet<string> Hosts)> _pending;
    private readonly HashSet<string> _busy = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = NewSignal();

    public HostQueue(IEnumerable<(T Item, IReadOnlySet<string> Hosts)> items)
    {
        _pending = [.. items];
    }

    /// <summary>The next city whose hosts are free, now holding them; null when nothing is left.</summary>
    public async Task<(T Item, IReadOnlySet<string> Hosts)?> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_pending.Count == 0)
                {
                    return null;
                }

                var index = _pending.FindIndex(p => !p.Hosts.Overlaps(_busy));
                if (index >= 0)
                {
                    var next = _pending[index];
                    _pending.RemoveAt(index);
                    _busy.UnionWith(next.Hosts);
                    return next;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Frees the hosts of a city that finished.</summary>
    public void Release(IReadOnlySet<string> hosts)
    {
        TaskCompletionSource signal;
        lock (_lock)
        {
            _busy.ExceptWith(hosts);
            signal = _changed;
            _changed = NewSignal();
        }

        signal.SetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
