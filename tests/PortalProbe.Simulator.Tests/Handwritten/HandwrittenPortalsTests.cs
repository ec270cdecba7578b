using PortalProbe.Simulator.Handwritten;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Handwritten.HandwrittenHost;

namespace PortalProbe.Simulator.Tests.Handwritten;

/// <summary>Loading fixtures/handwritten and serving it, alone or beside other portals.</summary>
[CancelAfter(30_000)]
public sealed class HandwrittenPortalsTests
{
    private string scratch = "";

    [SetUp]
    public void CreateScratch() => scratch = Directory.CreateTempSubdirectory("portalprobe-handwritten-").FullName;

    [TearDown]
    public void DeleteScratch() => Directory.Delete(scratch, recursive: true);

    [Test]
    public void LoadFolder_Fixtures_ReadsBothPortalsWithTheirBehaviours()
    {
        var loaded = HandwrittenPortals.LoadFolder(Folder);

        var xian = loaded.Portals.Single(p => p.Personality.CityCode == XianCode);
        var nanning = loaded.Portals.Single(p => p.Personality.CityCode == NanningCode);
        Assert.Multiple(() =>
        {
            Assert.That(xian.Personality.Address, Is.EqualTo("127.1.210.1"));
            Assert.That(nanning.Personality.Address, Is.EqualTo("127.1.210.2"));
            Assert.That(xian.Behaviours, Is.EqualTo(HandwrittenBehaviours.SmsAccount | HandwrittenBehaviours.WizardAppeal | HandwrittenBehaviours.TicketProgress | HandwrittenBehaviours.Robot));
            Assert.That(nanning.Behaviours, Is.EqualTo(HandwrittenBehaviours.CaptchaAccount | HandwrittenBehaviours.LetterAppeal | HandwrittenBehaviours.PasswordProgress));
            Assert.That(loaded.ExternalSites.Select(s => s.Address), Is.EquivalentTo(new[] { "127.1.211.1", "127.1.211.2", "127.1.211.3" }));
            Assert.That(nanning.Personality.Links.Select(l => l.Behaviour), Is.EqualTo(new[] { LinkBehaviour.NotFound, LinkBehaviour.Intermittent }));
        });
    }

    [Test]
    public async Task AddTo_BesideAnotherPortal_ServesAllOnOnePort()
    {
        var options = HandwrittenPortals.LoadFolder(Folder).AddTo(new SimulatorOptions { Portals = [TestPortals.Hangzhou()] });
        await using var host = await SimulatorHost.StartAsync(options, TestPortals.Ct);
        using var hangzhou = host.ClientFor(TestPortals.HangzhouCode);
        using var xian = host.ClientFor(XianCode);

        var generated = await hangzhou.GetReplyAsync("/", TestPortals.Ct);
        var handwritten = await xian.GetReplyAsync("/", TestPortals.Ct);

        Assert.That(host.Portals.Select(p => p.CityCode), Is.EqualTo(new[] { TestPortals.HangzhouCode, NanningCode, XianCode }));
        Assert.That(generated.Body, Does.Not.Contain("一网通办"));
        Assert.That(handwritten.Body, Does.Contain("西安市一网通办"));
    }

    [Test]
    public void StartAsync_HandwrittenPortalNotAmongPortals_IsRefused()
    {
        var loaded = HandwrittenPortals.LoadFolder(Folder);
        var options = new SimulatorOptions { Portals = [TestPortals.Hangzhou()], Handwritten = loaded.Portals };

        var error = Assert.ThrowsAsync<ArgumentException>(() => SimulatorHost.StartAsync(options, TestPortals.Ct));

        Assert.That(error!.Message, Does.Contain("450100, 610100").And.Contain("HandwrittenPortals.AddTo"));
    }

    [Test]
    public void LoadFolder_MalformedDescriptor_NamesFileAndEveryField()
    {
        var portal = Directory.CreateDirectory(Path.Combine(scratch, "610100-xian"));
        Directory.CreateDirectory(Path.Combine(portal.FullName, "site"));
        File.WriteAllText(Path.Combine(portal.FullName, "portal.json"), """
            { "code": "61010", "name": "西安市", "address": "10.0.0.1", "ticketPrefix": "xa", "dynamic": ["robots"],
              "links": [ { "text": "x", "path": "/x", "behaviour": "404", "site": "nowhere" } ], "colour": "red" }
            """);

        var error = Assert.Throws<PersonalityFileException>(() => HandwrittenPortals.LoadFolder(scratch));

        var file = Path.Combine(portal.FullName, "portal.json");
        Assert.That(error!.Problems, Is.EquivalentTo(new[]
        {
            $"{file}: colour: unknown field (fields: code, name, address, ticketPrefix, replyWorkingDays, dynamic, externalSites, links)",
            $"{file}: code: '61010' is not a six-digit city code",
            $"{file}: address: '10.0.0.1' is not an IPv4 loopback address (127.0.0.0/8)",
            $"{file}: ticketPrefix: 'xa' must be upper-case ASCII letters",
            $"{file}: dynamic[0]: unknown value 'robots' (values: sms-account, wizard-appeal, ticket-progress, robot, captcha-account, letter-appeal, password-progress)",
            $"{file}: links[0].site: 'nowhere' is not one of this portal's externalSites",
        }));
    }

    [Test]
    public void LoadFolder_RobotOnWithoutAnswers_SaysWhichFileIsMissing()
    {
        var portal = Directory.CreateDirectory(Path.Combine(scratch, "610100-xian"));
        Directory.CreateDirectory(Path.Combine(portal.FullName, "site"));
        File.WriteAllText(Path.Combine(portal.FullName, "portal.json"),
            """{ "code": "610100", "name": "西安市", "address": "127.1.210.1", "ticketPrefix": "XA", "dynamic": ["robot"] }""");

        var error = Assert.Throws<PersonalityFileException>(() => HandwrittenPortals.LoadFolder(scratch));

        Assert.That(error!.Problems.Single(), Does.Contain("dynamic: the robot is on but").And.Contain("robot.json does not exist"));
    }

    [Test]
    public void LoadFolder_NoPortals_SaysSo()
    {
        var error = Assert.Throws<PersonalityFileException>(() => HandwrittenPortals.LoadFolder(scratch));

        Assert.That(error!.Message, Does.Contain("no hand-written portals"));
    }
}
