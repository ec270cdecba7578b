using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Cities;
using PortalProbe.Scripts;
using static PortalProbe.Browser.Tests.Support.ScriptBuilder;

namespace PortalProbe.Browser.Tests.Engine;

internal sealed class RunPreflightTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private static readonly RunRequest Plain = new(new Dictionary<string, string>());

    [Test]
    public void Check_MissingRuntimeVariable_IsAUsageErrorNamingFileCityAndOption()
    {
        var script = new ScriptBuilder().Runtime("port").Scenario("home", Goto("http://127.78.0.1:${port}/")).Build();

        var result = RunPreflight.Check(script, Plain, NoEnvironment);

        Assert.That(result.UsageErrors, Is.EqualTo(new[]
        {
            $"{SourceFile}: city 330100 needs the run-time variable 'port': pass --var port=VALUE",
        }));
    }

    [Test]
    public void Check_RuntimeVariableGiven_HasNoUsageErrors()
    {
        var script = new ScriptBuilder().Runtime("port").Scenario("home", Goto("http://127.78.0.1:${port}/")).Build();

        var result = RunPreflight.Check(script, new RunRequest(new Dictionary<string, string> { ["port"] = "8080" }), NoEnvironment);

        Assert.That(result.UsageErrors, Is.Empty);
    }

    [Test]
    public void Check_UnknownScenario_IsAUsageErrorListingTheScenarios()
    {
        var script = new ScriptBuilder().Scenario("home", Goto("${entry}")).Scenario("faq", Goto("${entry}faq")).Build();

        var result = RunPreflight.Check(script, Plain with { Scenario = "regster" }, NoEnvironment);

        Assert.That(result.UsageErrors, Is.EqualTo(new[] { $"{SourceFile}: city 330100 has no scenario 'regster' (it has: home, faq)" }));
    }

    [Test]
    public void Check_UnknownChannel_IsAUsageErrorListingTheChannels()
    {
        var script = new ScriptBuilder().Channel(ChannelKind.Web).Scenario("home", Goto("${entry}")).Build();

        var result = RunPreflight.Check(script, Plain with { Channel = ChannelKind.Wechat }, NoEnvironment);

        Assert.That(result.UsageErrors, Is.EqualTo(new[] { $"{SourceFile}: city 330100 has no wechat channel (it has: web)" }));
    }

    [Test]
    public void Check_SeveralProblems_ReportsEveryOne()
    {
        var script = new ScriptBuilder().Runtime("port").Runtime("host").Scenario("home", Goto("http://${host}:${port}/")).Build();

        var result = RunPreflight.Check(script, Plain with { Scenario = "nope", Channel = ChannelKind.App }, NoEnvironment);

        Assert.That(result.UsageErrors, Has.Count.EqualTo(4));
    }

    [Test]
    public void Check_SecretsMissingFromTheEnvironment_AreFoundAndAttributedToTheirScenarios()
    {
        var script = new ScriptBuilder()
            .Scenario("register", Goto("${entry}register"), Fill("#phone", "${secret:PP_PHONE}"))
            .Scenario("login", Fill("#password", "${secret:PP_PASSWORD}"))
            .Scenario("faq", Goto("${entry}faq"))
            .Build();
        Func<string, string?> environment = name => name == "PP_PASSWORD" ? "set" : name == "PP_PHONE" ? "" : null;

        var result = RunPreflight.Check(script, Plain, environment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.UsageErrors, Is.Empty);
            Assert.That(result.MissingSecrets, Is.EquivalentTo(new[] { "PP_PHONE" }));
            Assert.That(MissingFor(script, "register", result), Is.EqualTo(new[] { "PP_PHONE" }));
            Assert.That(MissingFor(script, "login", result), Is.Empty);
            Assert.That(MissingFor(script, "faq", result), Is.Empty);
        }
    }

    [Test]
    public void MissingFor_SecretInAVarOrTheEntry_BelongsToEveryScenario()
    {
        var script = new ScriptBuilder()
            .Var("token", "${secret:PP_TOKEN}")
            .Channel(ChannelKind.Web, "http://127.78.0.1/?k=${secret:PP_KEY}")
            .Scenario("home", Goto("${entry}"))
            .Scenario("faq", Goto("${entry}faq"))
            .Build();

        var result = RunPreflight.Check(script, Plain, NoEnvironment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.MissingSecrets, Is.EquivalentTo(new[] { "PP_TOKEN", "PP_KEY" }));
            Assert.That(MissingFor(script, "home", result), Is.EquivalentTo(new[] { "PP_TOKEN", "PP_KEY" }));
            Assert.That(MissingFor(script, "faq", result), Is.EquivalentTo(new[] { "PP_TOKEN", "PP_KEY" }));
        }
    }

    private static IReadOnlyList<string> MissingFor(CheckScript script, string scenario, PreflightResult result) =>
        RunPreflight.MissingFor(script, script.Scenarios.Single(s => s.Name == scenario), script.Channels[0], result.MissingSecrets);
}
