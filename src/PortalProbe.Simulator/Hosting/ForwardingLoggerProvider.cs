using Microsoft.Extensions.Logging;

namespace PortalProbe.Simulator.Hosting;

/// <summary>
/// Passes the host's loggers on to the caller's factory, so the host's own minimum level filters them
/// first. The caller owns the factory: it is not disposed here.
/// </summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The factory belongs to the caller.
    }
}
