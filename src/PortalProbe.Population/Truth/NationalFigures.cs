namespace PortalProbe.Population.Truth;

/// <summary>
/// The 2024 national monitoring's figures (349 cities) the default population mirrors exactly; for another
/// number of cities each count is scaled and rounded.
/// </summary>
public static class NationalFigures
{
    public const int Cities = 349;

    /// <summary>Cities that accept an online appeal.</summary>
    public const int AcceptAppeals = 242;

    /// <summary>Of those, cities that show its progress.</summary>
    public const int ShowProgress = 223;

    public const int TwoOrMoreSearchChannels = 246;

    public const int Chatbots = 145;

    /// <summary>About 40% of the chatbots.</summary>
    public const int AccurateChatbots = 58;

    /// <summary>42.57% of 349, rounded.</summary>
    public const int DataReports = 149;

    /// <summary>56.57% of 349, rounded.</summary>
    public const int HotCases = 197;

    public const int EnterpriseEntrance = 206;

    /// <summary>Cities with a registration, external-link or submission failure (disjoint: 14 + 12 + 15).</summary>
    public const int Failures = 41;

    public const int RegistrationFailures = 14;

    public const int ExternalLinkFailures = 12;

    public const int SubmissionFailures = 15;

    /// <summary>70.40% of the 242 cities accepting appeals, rounded.</summary>
    public const int ReplyWithin5WorkingDays = 170;

    /// <summary><paramref name="figure"/> scaled from 349 cities to <paramref name="cities"/>, rounded half away from zero.</summary>
    public static int Scaled(int figure, int cities) =>
        (int)Math.Round(figure * (double)cities / Cities, MidpointRounding.AwayFromZero);
}
