using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Personalities;

public sealed class PersonalityFileTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "pp-personality-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void SaveThenLoad_EveryField_RoundTrips()
    {
        var portal = TestPortals.Hangzhou(PortalFaults.FlakyHome) with
        {
            Style = PortalStyle.WechatH5,
            Registration = RegistrationMode.WechatOAuth,
            Submission = SubmissionMode.DeadButton,
            Progress = ProgressMode.Broken,
            Chatbot = ChatbotMode.Partial,
            Search = SearchChannels.SiteSearch | SearchChannels.Chatbot,
            DataReports = new DisclosureSection(DisclosureFreshness.Stale, DateStyle.Labelled),
            HotCases = new DisclosureSection(DisclosureFreshness.Undated, DateStyle.MonthDay),
            EnterpriseEntrance = true,
            WechatOnly = true,
            ReplyWorkingDays = 8,
            Faults = new FaultPlan { Seed = 9, IntermittentPercent = 30, Latency = new Latency(20, 5) },
            Links = [new PortalLink("省网", "/zwfw", LinkBehaviour.Slow, "zj") { SlowDelayMs = 1500 }, new PortalLink("旧站", "/old", LinkBehaviour.Refused)],
            Vocabulary = new PortalVocabulary { Appeal = "我要留言", IdPrefix = "x-", Layout = 2 },
            AsOf = new DateOnly(2024, 6, 1),
        };
        var set = new PersonalitySet([portal], [new ExternalSite("zj", "浙江政务服务网", "127.77.1.1")]) { AsOf = new DateOnly(2024, 6, 1), Seed = 5 };
        var path = Path.Combine(folder, PersonalityFile.FileName);

        PersonalityFile.Save(path, set);
        var loaded = PersonalityFile.Load(path);
        var back = loaded.Portals.Single();

        Assert.Multiple(() =>
        {
            Assert.That(back with { Links = portal.Links }, Is.EqualTo(portal));
            Assert.That(back.Links, Is.EqualTo(portal.Links));
            Assert.That(loaded.ExternalSites, Is.EqualTo(set.ExternalSites));
            Assert.That(loaded.AsOf, Is.EqualTo(set.AsOf));
            Assert.That(loaded.Seed, Is.EqualTo(5));
            Assert.That(PersonalityFile.ToUtf8(loaded), Is.EqualTo(File.ReadAllBytes(path)), "saving again gives the same bytes");
        });
    }

    [Test]
    public void Load_UnknownValuesAndMissingFields_ReportsEveryProblemWithFileAndField()
    {
        var path = Write("""
            { "cities": [
              { "code": "330100", "name": "杭州市", "address": "127.77.0.1", "ticketPrefix": "HZ" },
              { "code": "33020", "name": "宁波市", "address": "10.0.0.1", "ticketPrefix": "NB", "registration": "smss",
                "links": [ { "text": "x", "path": "nope", "behaviour": "410" } ], "colour": "red", "smsCodeLength": 12 }
            ] }
            """);

        var error = Assert.Throws<PersonalityFileException>(() => PersonalityFile.Load(path))!;

        Assert.That(error.Problems, Is.SupersetOf(new[]
        {
            $"{path}: cities[1].code: '33020' is not a six-digit city code",
            $"{path}: cities[1].address: '10.0.0.1' is not an IPv4 loopback address in 127.0.0.0/8",
            $"{path}: cities[1].registration: unknown value 'smss' (values: sms, email, none, broken-500, wechat-oauth, captcha)",
            $"{path}: cities[1].links[0].path: 'nope' must start with '/', have no query and not be under /__test",
            $"{path}: cities[1].links[0].behaviour: unknown value '410' (values: ok, 404, 500, refused, redirect-chain, redirect-loop, external-jump-fails, slow, hang, head-405, head-404, intermittent)",
            $"{path}: cities[1].smsCodeLength: 12 is outside 4..8",
        }));
        Assert.That(error.Problems, Has.Some.StartsWith($"{path}: cities[1].colour: unknown field"));
    }

    [Test]
    public void Load_WrongTypes_NamesTheField()
    {
        var path = Write("""{ "cities": [ { "code": 330100, "name": "杭州市", "address": "127.77.0.1", "ticketPrefix": "HZ", "enterpriseEntrance": "yes" } ] }""");

        var error = Assert.Throws<PersonalityFileException>(() => PersonalityFile.Load(path))!;

        Assert.That(error.Problems, Is.EquivalentTo(new[]
        {
            $"{path}: cities[0].code: expected a string, found a number",
            $"{path}: cities[0].enterpriseEntrance: expected true or false, found a string",
        }));
    }

    [Test]
    public void Load_NotJson_ReportsLineAndColumn()
    {
        var path = Write("{\n  \"cities\": [ }\n");

        var error = Assert.Throws<PersonalityFileException>(() => PersonalityFile.Load(path))!;

        Assert.That(error.Problems.Single(), Does.StartWith($"{path}:2:").And.Contain("not valid JSON"));
    }

    [Test]
    public void Load_MissingFile_SaysSo()
    {
        var path = Path.Combine(folder, "none.json");

        Assert.That(() => PersonalityFile.Load(path), Throws.InstanceOf<PersonalityFileException>().With.Message.Contains($"{path}: no such file"));
    }

    [Test]
    public void Load_ChatbotChannelWithoutChatbot_IsAProblem()
    {
        var path = Write("""{ "cities": [ { "code": "330100", "name": "杭州市", "address": "127.77.0.1", "ticketPrefix": "HZ", "searchChannels": ["faq", "chatbot"] } ] }""");

        var error = Assert.Throws<PersonalityFileException>(() => PersonalityFile.Load(path))!;

        Assert.That(error.Problems.Single(), Does.Contain("cities[0].searchChannels"));
    }

    [Test]
    public void LoadQuestions_MissingAnswers_NamesTheQuestion()
    {
        var path = Write("""{ "questions": [ { "id": "a", "question": "问？", "triggers": ["问"], "keyPoints": [] } ], "deflections": ["请拨打12345"] }""");

        var error = Assert.Throws<PersonalityFileException>(() => Simulator.Chatbot.QuestionBank.Load(path))!;

        Assert.That(error.Problems, Does.Contain($"{path}: questions[0].answers: missing"));
    }

    private string Write(string json)
    {
        var path = Path.Combine(folder, "personalities.json");
        File.WriteAllText(path, json);
        return path;
    }
}
