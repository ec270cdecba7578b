using PortalProbe.Population.Generation;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Tests.Support;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Tests.Generation;

/// <summary>The default seed's population against the 2024 national monitoring's figures (domain.md).</summary>
public sealed class DistributionTests
{
    private static IReadOnlyList<CityTruth> Truth => Populations.Default.Truth;

    private static IReadOnlyList<PortalPersonality> Portals => Populations.Default.Personalities.Portals;

    [Test]
    public void Generate_DefaultSeed_Has349RealCitiesWithUniqueCodesAndAddresses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Truth, Has.Count.EqualTo(349));
            Assert.That(Truth.Select(t => t.Code).Distinct().Count(), Is.EqualTo(349));
            Assert.That(Portals.Select(p => p.Address).Distinct().Count(), Is.EqualTo(349));
            Assert.That(Portals, Has.All.Matches<PortalPersonality>(p => p.Address.StartsWith("127.1.", StringComparison.Ordinal)));
            Assert.That(Truth.Select(t => t.Name), Does.Contain("杭州市").And.Contain("北京市").And.Contain("喀什地区"));
        });
    }

    [Test]
    public void Generate_DefaultSeed_242AcceptAppealsAnd223ShowProgress()
    {
        var accepting = Portals.Count(p => p.Submission == SubmissionMode.Ok);
        var progress = Portals.Count(p => p.Submission == SubmissionMode.Ok && p.Progress == ProgressMode.Ok);

        Assert.Multiple(() =>
        {
            Assert.That(accepting, Is.EqualTo(242));
            Assert.That(progress, Is.EqualTo(223));
        });
    }

    [Test]
    public void Generate_DefaultSeed_246CitiesOfferTwoOrMoreSearchChannels()
    {
        Assert.That(Truth.Count(t => t.SearchChannels >= 2), Is.EqualTo(246));
    }

    [Test]
    public void Generate_DefaultSeed_145ChatbotsAbout40PercentAccurate()
    {
        var bots = Truth.Where(t => t.ChatbotAccuracy is not null).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(bots, Has.Count.EqualTo(145));
            Assert.That(bots.Count(b => b.ChatbotAccuracy == 1.0) / 145.0, Is.EqualTo(0.40).Within(0.01));
        });
    }

    [Test]
    public void Generate_DefaultSeed_DisclosureAndEnterpriseShares()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Truth.Count(t => t.DataReports) / 349.0, Is.EqualTo(0.4257).Within(0.002));
            Assert.That(Truth.Count(t => t.HotCases) / 349.0, Is.EqualTo(0.5657).Within(0.002));
            Assert.That(Truth.Count(t => t.EnterpriseEntrance), Is.EqualTo(206));
        });
    }

    [Test]
    public void Generate_DefaultSeed_41CitiesWithRegistrationExternalLinkOrSubmissionFailures()
    {
        var failing = Portals.Where(p =>
            p.Registration == RegistrationMode.Broken500
            || p.Submission is SubmissionMode.DeadButton or SubmissionMode.ServerError or SubmissionMode.FormNeverLoads
            || p.Links.Any(l => l.Behaviour is LinkBehaviour.ExternalJumpFails or LinkBehaviour.Refused)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(failing, Has.Count.EqualTo(41));
            Assert.That(Truth.Count(t => t.Registration == TruthValue.Fails), Is.EqualTo(14));
            Assert.That(Truth.Count(t => t.Submission == TruthValue.Fails), Is.EqualTo(15));
        });
    }

    [Test]
    public void Generate_DefaultSeed_About70Point4PercentOfAcceptingCitiesReplyWithin5WorkingDays()
    {
        var accepting = Truth.Where(t => t.ReplyWithin5WorkingDays is not null).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(accepting, Has.Count.EqualTo(242));
            Assert.That(accepting.Count(t => t.ReplyWithin5WorkingDays == true) / 242.0, Is.EqualTo(0.704).Within(0.005));
        });
    }

    [Test]
    public void Generate_DefaultSeed_EveryStyleAndBehaviourOccurs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Portals.Select(p => p.Style).Distinct(), Is.EquivalentTo(Enum.GetValues<PortalStyle>()));
            Assert.That(Portals.Select(p => p.Registration).Distinct(), Is.EquivalentTo(Enum.GetValues<RegistrationMode>()));
            Assert.That(Portals.Select(p => p.Submission).Distinct(), Is.EquivalentTo(Enum.GetValues<SubmissionMode>()));
            Assert.That(Portals.Select(p => p.Chatbot).Distinct(), Is.EquivalentTo(Enum.GetValues<ChatbotMode>()));
            Assert.That(Portals.SelectMany(p => p.Links).Select(l => l.Behaviour).Distinct(), Is.EquivalentTo(Enum.GetValues<LinkBehaviour>()));
            Assert.That(Truth.Count(t => t.FlakyLinks.Count > 0), Is.GreaterThan(0));
            Assert.That(Truth.Count(t => t.Submission == TruthValue.Manual), Is.GreaterThan(0));
        });
    }

    [Test]
    public void Generate_OtherSeed_SameCountsDifferentCities()
    {
        var other = PopulationGenerator.Generate(349, 7, PopulationGenerator.DefaultAsOf);

        Assert.Multiple(() =>
        {
            Assert.That(other.Personalities.Portals.Count(p => p.Submission == SubmissionMode.Ok), Is.EqualTo(242));
            Assert.That(other.Truth.Count(t => t.SearchChannels >= 2), Is.EqualTo(246));
            Assert.That(
                other.Personalities.Portals.Select(p => p.Submission),
                Is.Not.EqualTo(Portals.Select(p => p.Submission)));
        });
    }

    [Test]
    public void Generate_TwelveCities_ScalesAndStaysValid()
    {
        var small = PopulationGenerator.Generate(12, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf);

        Assert.Multiple(() =>
        {
            Assert.That(small.Cities, Has.Count.EqualTo(12));
            Assert.That(small.Personalities.Portals.Count(p => p.Submission == SubmissionMode.Ok), Is.EqualTo(8));
        });
    }
}
