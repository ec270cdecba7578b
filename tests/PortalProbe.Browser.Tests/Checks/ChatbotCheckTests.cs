using System.Globalization;
using System.Text;
using System.Text.Json;
using PortalProbe.Analysis.Chatbot;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Links;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Population.Generation;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Styles;
using PortalProbe.Testing;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>
/// The chatbot check in Chromium against the simulated chatbots of every mode (accurate, partial, deflecting,
/// silent, none) and every style's chat window (a live chat log, a whole-page form post, WeChat and app H5),
/// answering from the population's question bank and judged with the repository's.
/// </summary>
internal sealed class ChatbotCheckTests : BrowserEngineFixture
{
    private const string Accurate = "127.78.40.1";
    private const string Partial = "127.78.40.2";
    private const string Deflecting = "127.78.40.3";
    private const string Silent = "127.78.40.4";
    private const string NoChatbot = "127.78.40.5";
    private const string LegacyAccurate = "127.78.40.6";
    private const string WechatPartial = "127.78.40.7";
    private const string AppAccurate = "127.78.40.8";
    private const string WechatOnly = "127.78.40.9";
    private const string Typing = "127.78.40.10";

    private static readonly Lazy<QuestionBank> Bank = new(() => QuestionBank.Load(Path.Combine(RepoPaths.Checks, "questions")).Value!);

    protected override Simulator.Chatbot.QuestionBank Questions => QuestionBankFile.Default;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        Bot("440101", Accurate, ChatbotMode.Accurate),
        Bot("440102", Partial, ChatbotMode.Partial),
        Bot("440103", Deflecting, ChatbotMode.Deflect),
        Bot("440104", Silent, ChatbotMode.Silent),
        Bot("440105", NoChatbot, ChatbotMode.None),
        Bot("440106", LegacyAccurate, ChatbotMode.Accurate) with { Style = PortalStyle.PcLegacy },
        Bot("440107", WechatPartial, ChatbotMode.Partial) with { Style = PortalStyle.WechatH5 },
        Bot("440108", AppAccurate, ChatbotMode.Accurate) with { Style = PortalStyle.AppH5 },
        Bot("440109", WechatOnly, ChatbotMode.Accurate) with { Style = PortalStyle.WechatH5, WechatOnly = true },
    ];

    private TypingChatbotPortal? _typing;

    [OneTimeSetUp]
    public async Task StartTypingChatbotAsync() => _typing = await TypingChatbotPortal.StartAsync(Typing);

    [OneTimeTearDown]
    public async Task StopTypingChatbotAsync()
    {
        if (_typing is not null)
        {
            await _typing.DisposeAsync();
        }
    }

    [Test]
    public async Task Check_AccurateChatbot_PassesWithFullAccuracyOverTheWholeBankAndKeepsTheTranscript()
    {
        // The whole bank with paraphrases takes longer than the fixture's 30 s scenario budget; 120 s is the default.
        var result = await RunAsync("440101", Accurate, PcScenario(""), scenarioBudget: TimeSpan.FromSeconds(120));

        var wordings = Bank.Value.Questions.Sum(q => 1 + q.Paraphrases.Count);
        var transcript = Transcript(result);
        var exchanges = transcript.RootElement.GetProperty("exchanges").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.present"), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(result, "chatbot.questions"), Is.EqualTo(wordings.ToString(CultureInfo.InvariantCulture)));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("1"));
            Assert.That(StoredRun.Fact(result, "chatbot.paraphraseRobustness"), Is.EqualTo("1"));
            Assert.That(result.Reason, Does.Contain("accuracy 1.00 on 13 questions"));
            Assert.That(result.Attempts.Single().Evidence.Select(e => e.Kind), Does.Contain(EvidenceKind.Screenshot).And.Contain(EvidenceKind.Json));
            Assert.That(exchanges, Has.Count.EqualTo(wordings));
            Assert.That(exchanges.Count(e => e.GetProperty("paraphrase").GetBoolean()), Is.EqualTo(wordings - 13));
            Assert.That(exchanges.Select(e => e.GetProperty("verdict").GetString()), Has.All.EqualTo("accurate"));
            Assert.That(exchanges.Select(e => e.GetProperty("answer").GetString()), Has.None.Null.And.None.Contains("您好，我是智能客服"),
                "every answer is the bot's new reply, never the greeting already on the page");
            Assert.That(exchanges[0].GetProperty("keyPoints").EnumerateArray().Where(k => k.GetProperty("role").GetString() == "required")
                .Select(k => k.GetProperty("matches").GetArrayLength()), Has.All.GreaterThan(0), "the matched spans are kept");
        }
    }

    [Test]
    public async Task Check_BankLongerThanTheScenarioLimit_StopsAskingInTimeAndJudgesWhatWasAnswered()
    {
        // The whole bank takes some 25 s here. With a 12 s limit, and one answer's wait (the 2 s step timeout) plus two
        // step timeouts for the evidence kept free, the check stops asking after about 6 s, instead of being cancelled.
        var limit = TimeSpan.FromSeconds(12);
        var result = await RunAsync("440101", Accurate, PcScenario(""), scenarioBudget: limit);

        var wordings = Bank.Value.Questions.Sum(q => 1 + q.Paraphrases.Count);
        var asked = int.Parse(StoredRun.Fact(result, "chatbot.questions"), CultureInfo.InvariantCulture);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(asked, Is.InRange(1, wordings - 1), "some questions were asked, not all");
            Assert.That(result.Reason, Does.Contain($"(asked {asked} of {wordings} before the scenario's time limit of 12 s; the rest were not asked)"));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("1"));
            Assert.That(result.Attempts.Single().Evidence.Select(e => e.Kind), Does.Contain(EvidenceKind.Screenshot).And.Contain(EvidenceKind.Json));
            Assert.That(result.Attempts.Single().Duration, Is.LessThan(limit), "the attempt ended before its limit");
        }
    }

    [Test]
    public async Task Check_PartialChatbot_PassesAtHalfAccuracy()
    {
        var result = await RunAsync("440102", Partial, PcScenario("questions: 4"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.questions"), Is.EqualTo(Wordings(4)));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("0.5"));
            Assert.That(StoredRun.Fact(result, "chatbot.paraphraseRobustness"), Is.EqualTo("1"));
        }
    }

    [Test]
    public async Task Check_DeflectingChatbot_FailsNamingTheWorstAnswers()
    {
        var result = await RunAsync("440103", Deflecting, PcScenario("questions: 4"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.present"), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("0"));
            Assert.That(result.Reason, Does.Contain("below 0.5").And.Contain("worst: 「企业开办一件事怎么办理？」"));
            Assert.That(result.Attempts, Has.Count.EqualTo(2), "a fail is checked once more");
        }
    }

    [Test]
    public async Task Check_SilentChatbot_FailsAsSilentAfterThreeUnansweredQuestions()
    {
        var result = await RunAsync("440104", Silent, PcScenario(""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.present"), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(result, "chatbot.questions"), Is.EqualTo("3"));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("0"));
            Assert.That(result.Reason, Does.Contain("silent: no answer to 3 questions").And.Contain("were not asked"));
        }
    }

    [Test]
    public async Task Check_NoChatInputOnThePage_FailsAsNoChatWindow()
    {
        const string scenario = """
              - name: chatbot
                kind: chatbot
                steps:
                  - use: sim/home
                check:
                  input: "#chat-input"
                  answers: "#chat-log .chat-msg.bot"
            """;

        var result = await RunAsync("440105", NoChatbot, scenario);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.present"), Is.EqualTo("false"));
            Assert.That(result.Reason, Does.Contain("no chat window"));
        }
    }

    [Test]
    public async Task Check_LegacyPortalReloadingThePageForEachQuestion_ReadsEachNewAnswer()
    {
        var id = PortalMarkup.Ids(Portals.Single(p => p.Address == LegacyAccurate));
        var scenario = $"""
              - name: chatbot
                kind: chatbot
                steps:
                  - use: pc-legacy/chatbot
                    with: {"{"} input_id: {id["chat.input"]} {"}"}
                check:
                  input: "#{id["chat.input"]}"
                  send: "#{id["chat.send"]}"
                  answers: "#{id["chat.log"]} .answer"
                  questions: 3
            """;

        var result = await RunAsync("440106", LegacyAccurate, scenario);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.questions"), Is.EqualTo(Wordings(3)));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("1"));
        }
    }

    [Test]
    public async Task Check_WechatH5PartialChatbot_PassesAtHalfAccuracy()
    {
        const string scenario = """
              - name: chatbot
                kind: chatbot
                steps:
                  - use: wechat-h5/chatbot
                check:
                  input: "#wx-chat-input"
                  send: "#wx-chat-send"
                  answers: "#wx-chat-log .bubble.bot"
                  questions: 2
            """;

        var result = await RunAsync("440107", WechatPartial, scenario, "wechat", entrySuffix: "#/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("0.5"));
        }
    }

    [Test]
    public async Task Check_AppH5WithoutParaphrasesPressingEnter_AsksOnlyTheQuestions()
    {
        const string scenario = """
              - name: chatbot
                kind: chatbot
                steps:
                  - use: app-h5/chatbot
                check:
                  input: "#askInput"
                  answers: "#chatList .msg.bot"
                  questions: 2
                  paraphrases: false
                  wait: 3s
            """;

        var result = await RunAsync("440108", AppAccurate, scenario, "app", entrySuffix: "app/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, "chatbot.questions"), Is.EqualTo("2"));
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("1"));
            Assert.That(result.Facts.Select(f => f.Name), Does.Not.Contain(FactRegistry.ChatbotParaphraseRobustness.Name));
        }
    }

    [Test]
    public async Task Check_ChatOnlyInsideWechatOpenedInAPlainBrowser_IsManualNeverFail()
    {
        const string scenario = """
              - name: chatbot
                kind: chatbot
                steps:
                  - goto: ${entry}chat
                check:
                  input: "#wx-chat-input"
                  answers: "#wx-chat-log .bubble.bot"
            """;

        var result = await RunAsync("440109", WechatOnly, scenario, "web", entrySuffix: "#/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Manual), StoredRun.Describe(result));
            Assert.That(result.Reason, Does.Contain("needs a person").And.Contain("WeChat"));
        }
    }

    [Test]
    public async Task Check_BotTypingItsAnswerOutInTwoBubbles_ReadsEachAnswerWholeOnceComplete()
    {
        const string scenario = """
              - name: chatbot
                kind: chatbot
                steps:
                  - goto: ${entry}chat
                check:
                  input: "#q"
                  send: "#send"
                  answers: "#log .msg.bot"
                  questions: 3
                  paraphrases: false
                  wait: 10s
            """;

        var result = await RunAsync("440110", Typing, scenario, port: _typing!.Port);

        var asked = Bank.Value.Questions.Take(3).Select(q => q.Text).ToList();
        var expected = asked.Select(TypingChatbotPortal.Answer).Select(a => a.First + "\n" + a.Second).ToList();
        var exchanges = Transcript(result).RootElement.GetProperty("exchanges").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(exchanges.Select(e => e.GetProperty("asked").GetString()), Is.EqualTo(asked));
            Assert.That(exchanges.Select(e => e.GetProperty("answer").GetString()), Is.EqualTo(expected),
                "each answer is both bubbles, fully typed out, and none of the next question's");
            Assert.That(StoredRun.Fact(result, "chatbot.accuracy"), Is.EqualTo("1"));
        }
    }

    private static PortalPersonality Bot(string code, string address, ChatbotMode mode) =>
        new(code, "测试市", address, "CB") { Chatbot = mode, Search = mode == ChatbotMode.None ? SearchChannels.Faq : SearchChannels.Chatbot };

    private static string PcScenario(string extra) => $"""
          - name: chatbot
            kind: chatbot
            steps:
              - use: pc/chatbot
            check:
              input: "#chat-input"
              send: "#chat-send"
              answers: "#chat-log .chat-msg.bot"
              {extra}
        """;

    /// <summary>Wordings asked for the bank's first <paramref name="questions"/> questions with their paraphrases.</summary>
    private static string Wordings(int questions) =>
        Bank.Value.Questions.Take(questions).Sum(q => 1 + q.Paraphrases.Count).ToString(CultureInfo.InvariantCulture);

    private async Task<ScenarioResult> RunAsync(
        string code, string address, string scenario, string channel = "web", string entrySuffix = "", TimeSpan? scenarioBudget = null,
        int? port = null)
    {
        var yaml = CityYaml.For(code, address, scenario, channel);
        if (port is { } own)
        {
            // A portal of the test's own, not the fixture's simulator: its own port.
            yaml = yaml.Replace($"{address}:${{port}}", $"{address}:{own}", StringComparison.Ordinal);
        }

        if (entrySuffix.Length > 0)
        {
            yaml = yaml.Replace("entry: ${base}\n", $"entry: ${{base}}{entrySuffix}\n", StringComparison.Ordinal);
        }

        var script = Workspace.WriteCity(CityFile(code), yaml);
        var services = new ScenarioServices(Bank.Value, null, new LinkOptions());
        var config = scenarioBudget is { } budget ? Config with { Timeouts = Config.Timeouts with { Scenario = budget } } : Config;
        var run = await Workspace.Runner(SharedBrowserAsync, config, services: services).RunAsync(script, Request(), None);
        return run.Scenarios.Single();
    }

    private JsonDocument Transcript(ScenarioResult result)
    {
        var json = result.Attempts[^1].Evidence.Single(e => e.Kind == EvidenceKind.Json);
        return JsonDocument.Parse(Encoding.UTF8.GetString(StoredRun.Bytes(Workspace, json)));
    }
}
