using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Storage.Database.Internal;

/// <summary>
/// Enumerations as stored: the domain's own lowercase ids where it defines them, the lowercase name otherwise.
/// An unknown id means a row written by something else, and is reported rather than guessed.
/// </summary>
internal static class StoredIds
{
    public static string Id(StepOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static string Id(FactType type) => type.ToString().ToLowerInvariant();

    public static string Id(LiveActionState state) => state.ToString().ToLowerInvariant();

    public static Verdict ParseVerdict(string id) =>
        Verdicts.TryParse(id, out var verdict) ? verdict : throw Unknown("verdict", id);

    public static ChannelKind ParseChannel(string id) =>
        ChannelKinds.TryParse(id, out var channel) ? channel : throw Unknown("channel", id);

    public static ScenarioKind ParseScenarioKind(string id) =>
        ScenarioKinds.TryParse(id, out var kind) ? kind : throw Unknown("scenario kind", id);

    public static EvidenceKind ParseEvidenceKind(string id) =>
        ParseLowercase<EvidenceKind>(id, "evidence kind");

    public static StepOutcome ParseStepOutcome(string id) =>
        ParseLowercase<StepOutcome>(id, "step outcome");

    public static FactType ParseFactType(string id) =>
        ParseLowercase<FactType>(id, "fact type");

    public static LiveActionState ParseLiveActionState(string id) =>
        ParseLowercase<LiveActionState>(id, "live action state");

    private static T ParseLowercase<T>(string id, string what)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString().ToLowerInvariant(), id, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw Unknown(what, id);
    }

    private static InvalidDataException Unknown(string what, string id) =>
        new($"the database holds an unknown {what} '{id}'");
}
