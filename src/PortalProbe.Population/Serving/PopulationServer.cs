using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Serving;

/// <summary>Serves a population folder (its personalities.json and questions.json) with one <see cref="SimulatorHost"/>.</summary>
public sealed class PopulationServer : IAsyncDisposable
{
    private PopulationServer(SimulatorHost host, PersonalitySet personalities)
    {
        Host = host;
        Personalities = personalities;
    }

    /// <summary>The running host: its port, each city's base URI, each external site's URI.</summary>
    public SimulatorHost Host { get; }

    /// <summary>What is being served.</summary>
    public PersonalitySet Personalities { get; }

    /// <summary>Loads the folder and starts serving it on <paramref name="port"/> (0 picks a free one).</summary>
    /// <exception cref="PersonalityFileException">When a file of the folder is malformed, naming the file and field.</exception>
    public static async Task<PopulationServer> StartAsync(
        string folder, int port, TimeProvider time, CancellationToken ct, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(time);
        var set = PersonalityFile.LoadFolder(folder);
        var host = await SimulatorHost.StartAsync(set.ToOptions(port, time) with { LoggerFactory = loggerFactory }, ct);
        return new PopulationServer(host, set);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
