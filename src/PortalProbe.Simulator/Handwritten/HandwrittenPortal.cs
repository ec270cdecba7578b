using PortalProbe.Simulator.Handwritten.Internal;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Handwritten;

/// <summary>
/// One hand-written portal: a folder <c>&lt;code&gt;-&lt;name&gt;/</c> holding <c>portal.json</c> (this descriptor), the
/// pages under <c>site/</c>, its check script and its <c>ground-truth.json</c>.
/// </summary>
/// <param name="Personality">
/// Only what the host needs to serve it: code, name, address, ticket prefix, reply days and its links (whose
/// targets the external sites answer as each link's behaviour says). Every generated function is off: nothing of
/// the generated family answers this portal's pages.
/// </param>
/// <param name="Folder">The portal's folder.</param>
/// <param name="Behaviours">The dynamic endpoints that are on.</param>
public sealed record HandwrittenPortal(PortalPersonality Personality, string Folder, HandwrittenBehaviours Behaviours)
{
    /// <summary>The external sites this portal links to.</summary>
    public IReadOnlyList<ExternalSite> ExternalSites { get; init; } = [];

    /// <summary>The folder the static pages are served from.</summary>
    public string SiteRoot => Path.Combine(Folder, HandwrittenPortals.SiteFolderName);

    /// <summary>The portal's ground truth, in the record shape of a population's ground-truth.json.</summary>
    public string GroundTruthPath => Path.Combine(Folder, HandwrittenPortals.GroundTruthFileName);

    /// <summary>
    /// The hand-written check script, named like its folder (<c>610100-xian/cities/610100-xian.yaml</c>, so the
    /// portal's folder is a checks folder of its own): the check language
    /// wants a script's file name to start with its city code.
    /// </summary>
    public string ScriptPath => Path.Combine(Folder, "cities", Path.GetFileName(Folder) + ".yaml");

    /// <summary>The chatbot's answers, when <see cref="HandwrittenBehaviours.Robot"/> is on.</summary>
    internal RobotScript? Robot { get; init; }

    /// <summary>True when <paramref name="behaviour"/> is switched on.</summary>
    public bool Has(HandwrittenBehaviours behaviour) => behaviour != HandwrittenBehaviours.None && (Behaviours & behaviour) == behaviour;
}
