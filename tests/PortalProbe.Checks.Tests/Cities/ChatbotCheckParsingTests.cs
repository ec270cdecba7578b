using PortalProbe.Checks.Tests.Support;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Cities;

/// <summary>The <c>check:</c> block of a chatbot scenario: its keys, defaults and mistakes, each with file:line:column.</summary>
public sealed class ChatbotCheckParsingTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    /// <summary>A city whose one chatbot scenario opens the chat page; the check block starts at line 16.</summary>
    private static string Script(string check) => CityScripts.WithScenarios($"""
        - name: bot
          kind: chatbot
          steps:
            - goto: ${"{entry}"}chat
          check:
        {CityScripts.Indent(check, 4)}
        """);

    [Test]
    public void Parse_EveryKey_GivesTheChatbotCheck()
    {
        _folder.Write(CityScripts.CityFile, Script("""
            input: { placeholder: 请输入您的问题 }
            send: { role: button, name: 发送 }
            answers: "#chat-log .bot"
            questions: 5
            paraphrases: false
            wait: 4s
            """));

        var loaded = _folder.LoadCity();

        Assert.That(_folder.Format(loaded.Diagnostics), Is.Empty);
        var check = (ChatbotCheck)loaded.Value!.Scenarios[0].Check!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Input, Is.EqualTo(new Target(TargetKind.Placeholder, check.Input.Value)));
            Assert.That(check.Input.Value.Raw, Is.EqualTo("请输入您的问题"));
            Assert.That(check.Send?.Kind, Is.EqualTo(TargetKind.Role));
            Assert.That(check.Answers.Kind, Is.EqualTo(TargetKind.Selector));
            Assert.That(check.Answers.Value.Raw, Is.EqualTo("#chat-log .bot"));
            Assert.That(check.Questions, Is.EqualTo(5));
            Assert.That(check.Paraphrases, Is.False);
            Assert.That(check.Wait, Is.EqualTo(TimeSpan.FromSeconds(4)));
            Assert.That(check.Location, Is.EqualTo(new SourceLocation(_folder.PathOf(CityScripts.CityFile), 16, 7)));
        }
    }

    [Test]
    public void Parse_OnlyInputAndAnswers_AsksEveryQuestionWithParaphrasesAndPressesEnter()
    {
        _folder.Write(CityScripts.CityFile, Script("""
            input: "#q"
            answers: ".bot"
            """));

        var check = (ChatbotCheck)_folder.LoadCity().Value!.Scenarios[0].Check!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Send, Is.Null);
            Assert.That(check.Questions, Is.Null);
            Assert.That(check.Paraphrases, Is.True);
            Assert.That(check.Wait, Is.Null);
        }
    }

    [Test]
    public void Parse_MissingInput_ReportsItAtTheCheckBlock()
    {
        _folder.Write(CityScripts.CityFile, Script("""
            answers: ".bot"
            """));

        var loaded = _folder.LoadCity();

        Assert.That(loaded.Value, Is.Null);
        Assert.That(_folder.Format(loaded.Diagnostics), Is.EqualTo(new[]
        {
            "cities/330100-test.yaml:16:7: error: the 'chatbot' check of scenario 'bot' needs 'input'",
        }));
    }

    [Test]
    public void Parse_EveryMistakeAtOnce_ReportsEachWithItsPlace()
    {
        _folder.Write(CityScripts.CityFile, Script("""
            input: "#q"
            questions: 0
            wait: soon
            paraphrase: false
            """));

        var errors = _folder.Format(_folder.LoadCity().Diagnostics);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Has.Count.EqualTo(4), string.Join("\n", errors));
            Assert.That(errors, Has.Some.Matches<string>(e => e.StartsWith("cities/330100-test.yaml:16:7: error:", StringComparison.Ordinal) && e.Contains("needs 'answers'", StringComparison.Ordinal)));
            Assert.That(errors, Has.Some.Matches<string>(e => e.StartsWith("cities/330100-test.yaml:17:18: error: 'questions'", StringComparison.Ordinal) && e.Contains("at least 1", StringComparison.Ordinal)));
            Assert.That(errors, Has.Some.Matches<string>(e => e.StartsWith("cities/330100-test.yaml:18:13: error: 'wait'", StringComparison.Ordinal) && e.Contains("duration like 10s", StringComparison.Ordinal)));
            Assert.That(errors, Has.Some.Matches<string>(e => e.StartsWith("cities/330100-test.yaml:19:7: error:", StringComparison.Ordinal) && e.Contains("'paraphrase'", StringComparison.Ordinal) && e.Contains("paraphrases", StringComparison.Ordinal)));
        }
    }
}
