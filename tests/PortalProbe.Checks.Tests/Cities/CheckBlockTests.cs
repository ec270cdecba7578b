using PortalProbe.Checks.Tests.Support;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Cities;

/// <summary>The scenario check block in general: which kinds take one, steps becoming optional, progress's ticket.</summary>
public sealed class CheckBlockTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private static string Script(string scenario) => CityScripts.WithScenarios(scenario);

    private IReadOnlyList<string> Errors(string scenario)
    {
        _folder.Write(CityScripts.CityFile, Script(scenario));
        return _folder.Format(_folder.LoadCity().Diagnostics);
    }

    private Scenario Parsed(string scenario)
    {
        _folder.Write(CityScripts.CityFile, Script(scenario));
        var result = _folder.LoadCity();
        Assert.That(_folder.Format(result.Diagnostics), Is.Empty);
        return result.Value!.Scenarios[0];
    }

    [Test]
    public void Check_WithoutSteps_IsAScenarioThatStartsAtTheEntry()
    {
        var scenario = Parsed("""
            - name: portal-links
              kind: links
              check: { depth: 1, visits: 3 }
            """);

        Assert.That(scenario.Steps, Is.Empty);
        Assert.That(scenario.Check, Is.EqualTo(new LinksCheck(scenario.Check!.Location, null, 1, null, 3)));
        Assert.That(scenario.Check.Location.Line, Is.EqualTo(13));
    }

    [Test]
    public void Check_OnAKindWhoseFactsComeFromSteps_IsAnErrorAtTheBlock()
    {
        var errors = Errors("""
            - name: submit
              kind: submission
              steps:
                - goto: ${entry}appeal
              check: { depth: 1 }
            """);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith("cities/330100-test.yaml:15:12: error: scenario 'submit': a 'submission' scenario takes no 'check' block"));
    }

    [Test]
    public void ScenarioWithoutCheck_StillNeedsSteps()
    {
        var errors = Errors("""
            - name: portal-links
              kind: links
            """);

        Assert.That(errors, Has.One.Contains("scenario 'portal-links' needs at least one step"));
    }

    [Test]
    public void UnknownKeyInACheck_IsNamedWithTheKindsKeys()
    {
        var errors = Errors("""
            - name: portal-links
              kind: links
              check: { dept: 1 }
            """);

        Assert.That(errors, Has.One.Contains("cities/330100-test.yaml:13:14: error:").And.Contains("'dept'"));
    }

    [Test]
    public void ProgressLookup_SeesTheTicket_AndItsCheckSeesTheStepsVariables()
    {
        var scenario = Parsed("""
            - name: progress
              kind: progress
              steps:
                - goto: ${entry}query
              check:
                lookup:
                  - goto: ${entry}query?no=${ticket}
                status: "#status"
                reply: "#reply"
            """);

        var check = (ProgressCheck)scenario.Check!;
        Assert.That(check.Lookup, Has.Count.EqualTo(1));
        Assert.That(((GotoStep)check.Lookup[0]).Url.VariableNames, Is.EqualTo(new[] { "entry", "ticket" }));
    }

    [Test]
    public void Ticket_OutsideAProgressLookup_IsUnknown()
    {
        var errors = Errors("""
            - name: faq
              kind: custom
              steps:
                - goto: ${entry}query?no=${ticket}
            """);

        Assert.That(errors, Has.One.Contains("undefined variable '${ticket}'"));
    }

    [Test]
    public void DisclosureTopic_Misspelt_GetsASuggestion()
    {
        var errors = Errors("""
            - name: reports
              kind: disclosure
              check: { find: report }
            """);

        Assert.That(errors, Has.One.Contains("unknown disclosure topic 'report'").And.Contains("did you mean 'reports'"));
    }

    [Test]
    public void ChatbotCheck_WithoutInput_SaysWhatIsMissing()
    {
        var errors = Errors("""
            - name: bot
              kind: chatbot
              steps:
                - goto: ${entry}chat
              check: { answers: ".bot" }
            """);

        Assert.That(errors, Has.One.Contains("the 'chatbot' check of scenario 'bot' needs 'input'"));
    }
}
