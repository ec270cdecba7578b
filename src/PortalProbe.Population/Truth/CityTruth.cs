namespace PortalProbe.Population.Truth;

/// <summary>
/// The known answers for one city, as ground-truth.json holds them. Link URLs are written with <c>${port}</c>
/// for the port, which is only known when the population is served.
/// </summary>
public sealed record CityTruth(string Code, string Name, string Province, string Tier, string Level, string Style)
{
    public TruthValue Registration { get; init; }

    public TruthValue Login { get; init; }

    public TruthValue Submission { get; init; }

    public TruthValue ProgressLookup { get; init; }

    /// <summary>Works when the chatbot answers from the bank (accurately or partly), Fails when it deflects or stays silent.</summary>
    public TruthValue Chatbot { get; init; }

    /// <summary>0 to 1 on the question bank (1 per accurate answer, 0.5 per partial one); null without a chatbot.</summary>
    public double? ChatbotAccuracy { get; init; }

    /// <summary>How many information-search channels the portal offers (0 to 4).</summary>
    public int SearchChannels { get; init; }

    /// <summary>Appeal-data reports are published and recent.</summary>
    public bool DataReports { get; init; }

    /// <summary>Hot appeal cases are published and recent.</summary>
    public bool HotCases { get; init; }

    public bool EnterpriseEntrance { get; init; }

    /// <summary>Links that always fail (404, 500, refused, redirect loop, hang, a jump page whose target fails).</summary>
    public IReadOnlyList<string> BrokenLinks { get; init; } = [];

    /// <summary>URLs that fail only on some attempts (intermittent links, a flaky home page or one with an outage that passes).</summary>
    public IReadOnlyList<string> FlakyLinks { get; init; } = [];

    /// <summary>
    /// The portal hangs (<c>PortalFaults.Hang</c>): no page ever answers, so a citizen can use none of its functions and
    /// <see cref="VerdictComparison"/> expects every function checked to fail.
    /// </summary>
    public bool Unreachable { get; init; }

    /// <summary>
    /// The home page stays unreliable (<c>PortalFaults.FlakyHome</c>: it fails every other visit), so where it is the
    /// entry the links check finds it unreachable by the 5% rule however often it looks. A home page with an outage
    /// that passes (<c>PortalFaults.HomeOutage</c>) is only listed in <see cref="FlakyLinks"/>.
    /// </summary>
    public bool EntryUnreliable { get; init; }

    /// <summary>Null when the city accepts no appeals online.</summary>
    public bool? ReplyWithin5WorkingDays { get; init; }
}
