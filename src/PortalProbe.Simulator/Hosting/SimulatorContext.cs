using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Hosting;

/// <summary>What every portal of one host shares: the clock, the question bank, the external sites and the port.</summary>
internal sealed class SimulatorContext(SimulatorOptions options)
{
    private readonly Dictionary<string, ExternalSite> sites = options.ExternalSites.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public TimeProvider Time { get; } = options.Time;

    public QuestionBank Questions { get; } = options.Questions;

    public string RefusedAddress { get; } = options.RefusedAddress;

    /// <summary>The port every portal and site listens on; set once it is chosen, before the server starts.</summary>
    public int Port { get; set; }

    public ExternalSite? Site(string id) => sites.GetValueOrDefault(id);

    /// <summary>The first external site, where jump pages lead when a link names none.</summary>
    public ExternalSite? DefaultSite { get; } = options.ExternalSites.Count > 0 ? options.ExternalSites[0] : null;

    /// <summary>The absolute URL of <paramref name="path"/> on <paramref name="address"/>.</summary>
    public string Url(string address, string path) => $"http://{address}:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}{path}";

    /// <summary>Today's date in Beijing on the host clock.</summary>
    public DateOnly Today => ChinaTime.DateOf(Time.GetUtcNow());
}
