using System.Globalization;
using PortalProbe.Population.Cities;
using PortalProbe.Population.Internal;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Generation;

/// <summary>One city's behaviours while the generator decides them, dimension by dimension.</summary>
internal sealed class CityDraft(PopulationCity city, int index)
{
    public PopulationCity City { get; } = city;

    public int Index { get; } = index;

    public PortalStyle Style { get; set; }

    public bool WechatOnly { get; set; }

    public RegistrationMode Registration { get; set; }

    public SubmissionMode Submission { get; set; }

    public ProgressMode Progress { get; set; }

    public ChatbotMode Chatbot { get; set; }

    public SearchChannels Search { get; set; }

    public DisclosureSection DataReports { get; set; } = DisclosureSection.Absent;

    public DisclosureSection HotCases { get; set; } = DisclosureSection.Absent;

    public bool Enterprise { get; set; }

    public bool ExternalFailure { get; set; }

    public int ReplyWorkingDays { get; set; }

    /// <summary>The personality; the rest (vocabulary, links, fault seed) is drawn here, in city order.</summary>
    public PortalPersonality Build(SplitMix rng, string provinceSite, string provinceName, DateOnly asOf)
    {
        var code = City.City.Code;
        var search = Search;
        if (Registration == RegistrationMode.None && Submission == SubmissionMode.None && Progress == ProgressMode.None
            && search == SearchChannels.None && !DataReports.IsPublished && !HotCases.IsPublished && !Enterprise)
        {
            search = SearchChannels.Faq; // every portal offers at least something; this city stays under two channels
        }

        return new PortalPersonality(code, City.City.Name, Address(Index), Prefix(City.Pinyin))
        {
            Style = Style,
            WechatOnly = WechatOnly,
            Registration = Registration,
            Submission = Submission,
            Progress = Progress,
            Chatbot = Chatbot,
            Search = search,
            DataReports = DataReports,
            HotCases = HotCases,
            EnterpriseEntrance = Enterprise,
            ReplyWorkingDays = ReplyWorkingDays == 0 ? PortalPersonality.DefaultReplyWorkingDays : ReplyWorkingDays,
            SmsCodeLength = rng.Chance(80) ? 6 : 4,
            // An outage that passes, not an entry that stays unreliable: a re-check gets through whenever it comes.
            Broken = rng.Chance(5) ? PortalFaults.HomeOutage : PortalFaults.None,
            Faults = new FaultPlan { Seed = (int)(rng.Next() & 0x7FFFFFFF) },
            Vocabulary = Vocabularies.Draw(rng),
            Links = LinkPlanner.Plan(rng, code, provinceSite, provinceName, ExternalFailure),
            AsOf = asOf,
        };
    }

    public static string Address(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{PopulationGenerator.AddressPrefix}{1 + (index / 250)}.{1 + (index % 250)}");

    private static string Prefix(string pinyin)
    {
        var letters = pinyin.Where(char.IsAsciiLetterLower).Take(2).Select(char.ToUpperInvariant).ToArray();
        return new string(letters);
    }
}
