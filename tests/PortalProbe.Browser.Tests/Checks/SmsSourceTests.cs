using System.Globalization;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Sms;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>
/// The <c>sms-code</c> step with each source, in live registrations on a simulated portal: none (a real phone:
/// manual), a prompt nobody can answer (manual), a person at the prompt, and an SMS forwarder on 127.0.0.1.
/// </summary>
internal sealed class SmsSourceTests : BrowserEngineFixture
{
    private const string Portal = "127.78.5.1";

    protected override IReadOnlyList<PortalPersonality> Portals => [new("330501", "短信甲市", Portal, "SA")];

    [Test]
    public async Task NoSource_LiveRegistration_ManualBecauseTheSmsGoesToARealPhone()
    {
        var register = await RegisterAsync("13900000001", SmsSource.None);

        Assert.That(register.Verdict, Is.EqualTo(Verdict.Manual), StoredRun.Describe(register));
        Assert.That(register.Reason, Does.Contain("读取短信验证码").And.Contain("the SMS goes to a real phone"));
    }

    [Test]
    public async Task Prompt_NobodyAtTheConsole_ManualNeedingAPerson()
    {
        var register = await RegisterAsync("13900000002", SmsSource.Prompt, SmsPrompt.Unattended);

        Assert.That(register.Verdict, Is.EqualTo(Verdict.Manual), StoredRun.Describe(register));
        Assert.That(register.Reason, Does.Contain("needs a person to read the SMS"));
    }

    [Test]
    public async Task Prompt_PersonTypesTheCode_RegistersAndTheCodeIsStoredNowhere()
    {
        const string phone = "13900000003";
        var person = new PersonReadingThePhone(() => SimulatorCodeAsync(phone));
        using var question = new StringWriter();

        var register = await RegisterAsync(phone, SmsSource.Prompt, new SmsPrompt(person, question, Interactive: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(register));
            Assert.That(question.ToString(), Does.Contain("139****0003").And.Not.Contain(phone), "the prompt masks the phone");
            Assert.That(person.CodesGiven, Has.Count.EqualTo(1));
            Assert.That(LeakScanner.Scan(Workspace.Data.Root, person.CodesGiven), Is.Empty, "the SMS code is sensitive");
        }
    }

    [Test]
    public async Task HttpForwarder_CodeArrivesAfterTwoMisses_PollsUntilItAndRegisters()
    {
        const string phone = "13900000004";
        await using var forwarder = new SmsForwarder(_ => SimulatorCodeAsync(phone), missesFirst: 2);

        var register = await RegisterAsync(phone, SmsSource.Parse(forwarder.UrlTemplate)!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(register));
            Assert.That(forwarder.Requests, Is.GreaterThanOrEqualTo(3), "it asked again after the misses");
            Assert.That(forwarder.Phones.Distinct(), Is.EqualTo(new[] { phone }));
        }
    }

    [Test]
    public async Task HttpForwarder_NeverGetsTheCode_ManualNamingTheForwarder()
    {
        await using var forwarder = new SmsForwarder(_ => Task.FromResult<string?>(null), missesFirst: 0);

        var register = await RegisterAsync("13900000005", SmsSource.Parse(forwarder.UrlTemplate)!);

        Assert.That(register.Verdict, Is.EqualTo(Verdict.Manual), StoredRun.Describe(register));
        Assert.That(register.Reason, Does.Contain("the SMS forwarder had no SMS code for 139****0005").And.Contain("HTTP 404"));
    }

    private async Task<ScenarioResult> RegisterAsync(string phone, SmsSource source, SmsPrompt? prompt = null)
    {
        string? Secrets(string name) => name == "PP_PHONE" ? phone : FormScripts.Secrets(name);
        var script = Workspace.WriteCity(CityFile("330501"), FormScripts.City("330501", Portal, FormScripts.Register), Secrets);
        var runner = Workspace.Runner(SharedBrowserAsync, Config with { Sms = source }, Secrets, smsPrompt: prompt);
        var run = await runner.RunAsync(script, await LiveRequestAsync(), None);
        return run.Scenarios.Single();
    }

    /// <summary>What the simulated phone received, read from the simulator's back door as a person would read the phone.</summary>
    private async Task<string?> SimulatorCodeAsync(string phone)
    {
        using var client = new HttpClient();
        var response = await client.GetAsync(new Uri($"http://{Portal}:{Port.ToString(CultureInfo.InvariantCulture)}/__test/sms?phone={phone}"));
        return response.IsSuccessStatusCode ? (await response.Content.ReadAsStringAsync()).Trim() : null;
    }

    /// <summary>A person at the console who reads the code off the phone when asked and types it.</summary>
    private sealed class PersonReadingThePhone(Func<Task<string?>> readPhone) : TextReader
    {
        public List<string> CodesGiven { get; } = [];

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var code = await readPhone();
            if (code is not null)
            {
                CodesGiven.Add(code);
            }

            return code;
        }
    }
}
