using System.Globalization;
using PortalProbe.Population.Cities;
using PortalProbe.Population.Internal;
using PortalProbe.Population.Truth;
using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Generation;

/// <summary>
/// Generates a population deterministically from (cities, seed, asOf): the same inputs give the same personalities,
/// scripts and ground truth, byte for byte. With all 349 cities every count of <see cref="NationalFigures"/> is met
/// exactly, whatever the seed; the seed decides which city gets which behaviour.
/// </summary>
public static class PopulationGenerator
{
    /// <summary>The default seed (the hotline's number).</summary>
    public const int DefaultSeed = 12345;

    /// <summary>The default as-of date: the first day of the 2024 monitoring's June.</summary>
    public static readonly DateOnly DefaultAsOf = new(2024, 6, 1);

    /// <summary>Where the portals live: city i answers on 127.1.(1 + i / 250).(1 + i % 250).</summary>
    public const string AddressPrefix = "127.1.";

    public static Population Generate(int cities, int seed, DateOnly asOf)
    {
        var catalog = CityCatalog.All;
        ArgumentOutOfRangeException.ThrowIfLessThan(cities, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cities, catalog.Count);
        var rng = new SplitMix(unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ 0x12345UL);
        var chosen = cities == catalog.Count
            ? catalog
            : [.. rng.Permutation(catalog.Count).Take(cities).Order().Select(i => catalog[i])];
        var drafts = chosen.Select((c, i) => new CityDraft(c, i)).ToArray();
        var quotas = new Quotas(chosen.Count);

        AssignSubmission(rng, drafts, quotas);
        AssignStyles(rng, drafts);
        AssignRegistration(rng, drafts, quotas);
        AssignChatbots(rng, drafts, quotas);
        AssignSearch(rng, drafts, quotas);
        AssignDisclosure(rng, drafts, quotas);
        AssignRest(rng, drafts, quotas);

        var sites = Sites(chosen);
        var personalities = drafts.Select(d => d.Build(rng, sites.Province[d.City.City.Province].Id, ProvinceShort(d.City.City.Province), asOf)).ToList();
        var set = new PersonalitySet(personalities, sites.All) { AsOf = asOf, Seed = seed, Questions = QuestionBankFile.Default };
        var truth = chosen.Select((c, i) => GroundTruth.Derive(c.City, personalities[i], set)).ToList();
        return new Population(seed, asOf, chosen, set, truth);
    }

    private static void AssignSubmission(SplitMix rng, CityDraft[] drafts, Quotas q)
    {
        var order = rng.Permutation(drafts.Length);
        var failing = q.Of(NationalFigures.SubmissionFailures);
        SubmissionMode[] broken = [SubmissionMode.DeadButton, SubmissionMode.ServerError, SubmissionMode.FormNeverLoads];
        for (var k = 0; k < order.Length; k++)
        {
            var d = drafts[order[k]];
            d.Submission = k < q.Accept ? SubmissionMode.Ok : k < q.Accept + failing ? broken[(k - q.Accept) % 3] : SubmissionMode.None;
        }

        var accepting = order.Take(q.Accept).ToArray();
        var progress = q.Of(NationalFigures.ShowProgress);
        for (var k = 0; k < accepting.Length; k++)
        {
            drafts[accepting[k]].Progress = k < progress ? ProgressMode.Ok : k % 2 == 0 ? ProgressMode.Broken : ProgressMode.None;
        }

        foreach (var d in drafts.Where(d => d.Submission != SubmissionMode.Ok))
        {
            d.Progress = ProgressMode.None;
        }
    }

    private static void AssignStyles(SplitMix rng, CityDraft[] drafts)
    {
        var order = rng.Permutation(drafts.Length);
        var n = drafts.Length;
        int[] bounds = [n * 40 / 100, n * 55 / 100, n * 80 / 100];
        for (var k = 0; k < n; k++)
        {
            var d = drafts[order[k]];
            d.Style = k < bounds[0] ? PortalStyle.Pc : k < bounds[1] ? PortalStyle.PcLegacy : k < bounds[2] ? PortalStyle.WechatH5 : PortalStyle.AppH5;
            d.WechatOnly = d.Style == PortalStyle.WechatH5 && rng.Chance(50);
        }
    }

    private static void AssignRegistration(SplitMix rng, CityDraft[] drafts, Quotas q)
    {
        // Disjoint failure groups: the submission failures are set; registration and external-link failures go elsewhere.
        var order = rng.Permutation(drafts.Length).Where(i => drafts[i].Submission is SubmissionMode.Ok or SubmissionMode.None).ToArray();
        var registration = q.Of(NationalFigures.RegistrationFailures);
        var external = q.Of(NationalFigures.ExternalLinkFailures);
        for (var k = 0; k < order.Length; k++)
        {
            var d = drafts[order[k]];
            d.ExternalFailure = k >= registration && k < registration + external;
            d.Registration = k < registration ? RegistrationMode.Broken500 : Draw(rng, d.Style);
        }

        // A broken appeal form behind WeChat authorisation could not be seen failing from outside (it is "manual"),
        // so the cities that count as submission failures get a registration the checks can see past.
        foreach (var d in drafts.Where(d => d.Submission is not (SubmissionMode.Ok or SubmissionMode.None)))
        {
            var drawn = Draw(rng, d.Style);
            d.Registration = drawn == RegistrationMode.WechatOAuth ? RegistrationMode.Sms : drawn;
        }
    }

    private static RegistrationMode Draw(SplitMix rng, PortalStyle style)
    {
        if (style == PortalStyle.WechatH5 && rng.Chance(30))
        {
            return RegistrationMode.WechatOAuth;
        }

        var roll = rng.Below(100);
        return roll < 60 ? RegistrationMode.Sms : roll < 72 ? RegistrationMode.Email : roll < 84 ? RegistrationMode.Captcha : RegistrationMode.None;
    }

    private static void AssignChatbots(SplitMix rng, CityDraft[] drafts, Quotas q)
    {
        var order = rng.Permutation(drafts.Length);
        var total = q.Of(NationalFigures.Chatbots);
        var accurate = q.Of(NationalFigures.AccurateChatbots);
        var partial = q.Of(37);
        var deflect = q.Of(30);
        for (var k = 0; k < order.Length; k++)
        {
            drafts[order[k]].Chatbot = k < accurate ? ChatbotMode.Accurate
                : k < accurate + partial ? ChatbotMode.Partial
                : k < accurate + partial + deflect ? ChatbotMode.Deflect
                : k < total ? ChatbotMode.Silent
                : ChatbotMode.None;
        }
    }

    private static void AssignSearch(SplitMix rng, CityDraft[] drafts, Quotas q)
    {
        SearchChannels[] pool = [SearchChannels.SiteSearch, SearchChannels.Faq, SearchChannels.HotQuestions];
        var order = rng.Permutation(drafts.Length);
        var rich = q.Of(NationalFigures.TwoOrMoreSearchChannels);
        for (var k = 0; k < order.Length; k++)
        {
            var d = drafts[order[k]];
            var channels = d.Chatbot == ChatbotMode.None ? SearchChannels.None : SearchChannels.Chatbot;
            var others = k < rich
                ? (d.Chatbot == ChatbotMode.None ? 2 : 1) + rng.Below(d.Chatbot == ChatbotMode.None ? 2 : 3)
                : d.Chatbot == ChatbotMode.None && rng.Chance(70) ? 1 : 0;
            foreach (var i in rng.Permutation(pool.Length).Take(others))
            {
                channels |= pool[i];
            }

            d.Search = channels;
        }
    }

    private static void AssignDisclosure(SplitMix rng, CityDraft[] drafts, Quotas q)
    {
        static DisclosureFreshness Freshness(int k, int recent, int stale, int undated) =>
            k < recent ? DisclosureFreshness.Recent : k < recent + stale ? DisclosureFreshness.Stale : k < recent + stale + undated ? DisclosureFreshness.Undated : DisclosureFreshness.None;

        DateStyle[] reportStyles = [DateStyle.YearMonth, DateStyle.Dashed, DateStyle.Labelled, DateStyle.Slashed];
        DateStyle[] caseStyles = [DateStyle.Dashed, DateStyle.Slashed, DateStyle.MonthDay, DateStyle.Labelled];
        var reports = rng.Permutation(drafts.Length);
        for (var k = 0; k < reports.Length; k++)
        {
            drafts[reports[k]].DataReports = new DisclosureSection(
                Freshness(k, q.Of(NationalFigures.DataReports), q.Of(60), q.Of(30)), rng.Pick(reportStyles));
        }

        var cases = rng.Permutation(drafts.Length);
        for (var k = 0; k < cases.Length; k++)
        {
            drafts[cases[k]].HotCases = new DisclosureSection(
                Freshness(k, q.Of(NationalFigures.HotCases), q.Of(50), q.Of(30)), rng.Pick(caseStyles));
        }
    }

    private static void AssignRest(SplitMix rng, CityDraft[] drafts, Quotas q)
    {
        var enterprise = rng.Permutation(drafts.Length);
        for (var k = 0; k < enterprise.Length; k++)
        {
            drafts[enterprise[k]].Enterprise = k < q.Of(NationalFigures.EnterpriseEntrance);
        }

        var accepting = rng.Permutation(drafts.Length).Where(i => drafts[i].Submission == SubmissionMode.Ok).ToArray();
        var quick = NationalFigures.Scaled(NationalFigures.ReplyWithin5WorkingDays, drafts.Length);
        for (var k = 0; k < accepting.Length; k++)
        {
            drafts[accepting[k]].ReplyWorkingDays = k < quick ? 1 + rng.Below(5) : 6 + rng.Below(10);
        }
    }

    private static (IReadOnlyList<ExternalSite> All, Dictionary<string, ExternalSite> Province) Sites(IReadOnlyList<PopulationCity> cities)
    {
        var provinces = cities.Select(c => (c.City.Province, Code: c.City.Code[..2])).DistinctBy(p => p.Province).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var byProvince = provinces.Select((p, k) => (p.Province, Site: new ExternalSite("p" + p.Code, ProvinceShort(p.Province) + "政务服务网",
            string.Create(CultureInfo.InvariantCulture, $"{AddressPrefix}200.{k + 1}")))).ToDictionary(p => p.Province, p => p.Site, StringComparer.Ordinal);
        var ministry = new ExternalSite(LinkPlanner.MinistrySiteId, "国家政务服务平台", AddressPrefix + "201.1");
        return ([.. byProvince.Values, ministry], byProvince);
    }

    /// <summary>浙江省 → 浙江, 广西壮族自治区 → 广西, 北京市 → 北京.</summary>
    internal static string ProvinceShort(string province)
    {
        foreach (var suffix in new[] { "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市" })
        {
            if (province.EndsWith(suffix, StringComparison.Ordinal) && province.Length > suffix.Length)
            {
                return province[..^suffix.Length];
            }
        }

        return province;
    }

    /// <summary>The figures scaled to the population's size.</summary>
    private sealed class Quotas(int cities)
    {
        public int Accept { get; } = NationalFigures.Scaled(NationalFigures.AcceptAppeals, cities);

        public int Of(int figure) => NationalFigures.Scaled(figure, cities);
    }
}
