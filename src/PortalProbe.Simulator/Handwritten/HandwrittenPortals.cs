using PortalProbe.Simulator.Handwritten.Internal;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Handwritten;

/// <summary>
/// The hand-written portals of a folder such as <c>fixtures/handwritten/</c>: every sub-folder with a
/// <c>portal.json</c>. They are written by people, not by the generator, so that PortalProbe is also judged on
/// markup, labels and flows no template produced. Serve them alone with <see cref="ToOptions"/>, or beside a
/// population with <see cref="AddTo"/>.
/// </summary>
public sealed class HandwrittenPortals
{
    /// <summary>The descriptor in each portal's folder.</summary>
    public const string DescriptorFileName = "portal.json";

    /// <summary>The folder of static pages in each portal's folder.</summary>
    public const string SiteFolderName = "site";

    /// <summary>The ground truth in each portal's folder.</summary>
    public const string GroundTruthFileName = "ground-truth.json";

    /// <summary>The chatbot's hand-written answers, needed when the robot is on.</summary>
    public const string RobotFileName = "robot.json";

    private HandwrittenPortals(IReadOnlyList<HandwrittenPortal> portals)
    {
        Portals = portals;
        ExternalSites = [.. portals.SelectMany(p => p.ExternalSites)];
    }

    /// <summary>The portals, by folder name.</summary>
    public IReadOnlyList<HandwrittenPortal> Portals { get; }

    /// <summary>Every external site the portals link to.</summary>
    public IReadOnlyList<ExternalSite> ExternalSites { get; }

    /// <summary>Reads every <c>*/portal.json</c> under <paramref name="folder"/>.</summary>
    /// <exception cref="PersonalityFileException">Listing every problem, each with its file and field.</exception>
    public static HandwrittenPortals LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new PersonalityFileException($"{folder}: no such folder of hand-written portals");
        }

        var descriptors = Directory.GetDirectories(folder)
            .Select(d => Path.Combine(d, DescriptorFileName))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (descriptors.Count == 0)
        {
            throw new PersonalityFileException($"{folder}: no hand-written portals (no */{DescriptorFileName})");
        }

        var problems = new List<string>();
        var portals = new List<HandwrittenPortal>();
        foreach (var descriptor in descriptors)
        {
            try
            {
                portals.Add(DescriptorReader.Read(descriptor));
            }
            catch (PersonalityFileException error)
            {
                problems.AddRange(error.Problems);
            }
        }

        return problems.Count > 0 ? throw new PersonalityFileException(problems) : new HandwrittenPortals(portals);
    }

    /// <summary>Options serving these portals and their external sites alone, on <paramref name="port"/> (0 picks one).</summary>
    public SimulatorOptions ToOptions(int port, TimeProvider time) =>
        AddTo(new SimulatorOptions { Portals = [], Port = port, Time = time });

    /// <summary><paramref name="options"/> with these portals, their external sites and their handlers added.</summary>
    public SimulatorOptions AddTo(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            Portals = [.. options.Portals ?? [], .. Portals.Select(p => p.Personality)],
            ExternalSites = [.. options.ExternalSites ?? [], .. ExternalSites],
            Handwritten = [.. options.Handwritten ?? [], .. Portals],
        };
    }
}
