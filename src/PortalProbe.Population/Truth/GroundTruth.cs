using System.Globalization;
using PortalProbe.Cities;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Truth;

/// <summary>
/// Ground truth follows from a personality by fixed rules, so generated and hand-written portals are judged alike:
/// registration and login work for SMS (the simulated phone is the <c>/__test/sms</c> back door) and e-mail, fail
/// when broken, and need a person behind WeChat authorisation or an image captcha; an appeal behind WeChat
/// authorisation needs a person too; a chatbot "works" when it answers from the bank (accurately or partly).
/// </summary>
public static class GroundTruth
{
    /// <summary>The port placeholder in link URLs.</summary>
    public const string PortPlaceholder = "${port}";

    private static readonly LinkBehaviour[] Broken =
    [
        LinkBehaviour.NotFound, LinkBehaviour.ServerError, LinkBehaviour.Refused, LinkBehaviour.RedirectLoop,
        LinkBehaviour.Hang, LinkBehaviour.ExternalJumpFails,
    ];

    public static CityTruth Derive(CityInfo city, PortalPersonality portal, PersonalitySet set)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(set);
        var accepts = portal.Submission == SubmissionMode.Ok && !portal.Has(PortalFaults.Submission) && !portal.Has(PortalFaults.SubmitButtonDead);
        return new CityTruth(city.Code, city.Name, city.Province, city.Tier, city.Level, PersonalityIds.Of(portal.Style))
        {
            Registration = Registration(portal),
            Login = Registration(portal),
            Submission = Submission(portal, accepts),
            ProgressLookup = portal.Progress switch
            {
                ProgressMode.Ok => TruthValue.Works,
                ProgressMode.Broken => TruthValue.Fails,
                _ => TruthValue.Absent,
            },
            Chatbot = portal.Chatbot switch
            {
                ChatbotMode.None => TruthValue.Absent,
                ChatbotMode.Accurate or ChatbotMode.Partial => TruthValue.Works,
                _ => TruthValue.Fails,
            },
            ChatbotAccuracy = portal.Chatbot switch
            {
                ChatbotMode.None => null,
                ChatbotMode.Accurate => 1.0,
                ChatbotMode.Partial => 0.5,
                _ => 0.0,
            },
            SearchChannels = PersonalityIds.FlagsOf(PersonalityIds.Channels, portal.Search).Count,
            DataReports = portal.DataReports.Freshness == DisclosureFreshness.Recent,
            HotCases = portal.HotCases.Freshness == DisclosureFreshness.Recent,
            EnterpriseEntrance = portal.EnterpriseEntrance,
            BrokenLinks = [.. portal.Links.Where(l => Broken.Contains(l.Behaviour)).Select(l => Url(portal, l, set))],
            FlakyLinks = [.. (portal.Has(PortalFaults.FlakyHome) || portal.Has(PortalFaults.HomeOutage) ? [Url(portal.Address, "/")] : Array.Empty<string>())
                .Concat(portal.Links.Where(l => l.Behaviour == LinkBehaviour.Intermittent).Select(l => Url(portal, l, set)))],
            ReplyWithin5WorkingDays = accepts ? portal.ReplyWorkingDays <= 5 : null,
            Unreachable = portal.Has(PortalFaults.Hang),
            EntryUnreliable = portal.Has(PortalFaults.FlakyHome),
        };
    }

    /// <summary>Where a link points, as the portal's page writes it (with the port placeholder).</summary>
    public static string Url(PortalPersonality portal, PortalLink link, PersonalitySet set)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(set);
        if (link.Behaviour == LinkBehaviour.Refused)
        {
            return Url(set.RefusedAddress, link.Path);
        }

        var site = link.Behaviour == LinkBehaviour.ExternalJumpFails || link.Site is null
            ? null
            : set.ExternalSites.FirstOrDefault(s => s.Id == link.Site);
        return Url(site?.Address ?? portal.Address, link.Path);
    }

    private static string Url(string address, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"http://{address}:{PortPlaceholder}{path}");

    private static TruthValue Registration(PortalPersonality portal) => portal.Has(PortalFaults.Registration)
        ? TruthValue.Fails
        : portal.Registration switch
        {
            RegistrationMode.Sms or RegistrationMode.Email => TruthValue.Works,
            RegistrationMode.Broken500 => TruthValue.Fails,
            RegistrationMode.WechatOAuth or RegistrationMode.Captcha => TruthValue.Manual,
            _ => TruthValue.Absent,
        };

    // Behind WeChat authorisation nobody but a person in the WeChat client can reach the form, so whether it
    // works cannot be seen from outside: that is "manual" even when the form behind it is broken.
    private static TruthValue Submission(PortalPersonality portal, bool accepts) => portal.Submission switch
    {
        SubmissionMode.None => TruthValue.Absent,
        _ when portal.Registration == RegistrationMode.WechatOAuth => TruthValue.Manual,
        _ when !accepts => TruthValue.Fails,
        _ => TruthValue.Works,
    };
}
