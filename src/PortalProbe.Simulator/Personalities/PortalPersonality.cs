namespace PortalProbe.Simulator.Personalities;

/// <summary>
/// Everything that makes one simulated city portal different from another, as data: the simulator has no
/// per-city code paths. Validated when the host starts, where every problem is reported at once.
/// </summary>
/// <param name="CityCode">The six-digit administrative code, e.g. 330100.</param>
/// <param name="CityName">The name shown on the pages, e.g. 杭州市.</param>
/// <param name="Address">The portal's own IPv4 loopback address (127.0.0.0/8), e.g. 127.10.0.1.</param>
/// <param name="TicketPrefix">The letters that start every ticket number, e.g. HZ.</param>
public sealed record PortalPersonality(string CityCode, string CityName, string Address, string TicketPrefix)
{
    /// <summary>The default length of an SMS verification code.</summary>
    public const int DefaultSmsCodeLength = 6;

    /// <summary>The parts of the portal that are deliberately broken.</summary>
    public PortalFaults Broken { get; init; } = PortalFaults.None;

    /// <summary>How many digits the SMS verification codes have (4 to 8).</summary>
    public int SmsCodeLength { get; init; } = DefaultSmsCodeLength;

    /// <summary>True when <paramref name="fault"/> is switched on for this portal.</summary>
    public bool Has(PortalFaults fault) => fault != PortalFaults.None && (Broken & fault) == fault;
}
