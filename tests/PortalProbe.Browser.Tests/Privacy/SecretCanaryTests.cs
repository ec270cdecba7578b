using System.Text;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Privacy;

/// <summary>
/// The promise that secrets never reach results, logs or evidence, checked end to end: two canary secrets are
/// typed, sent in a URL, posted in forms and echoed by a page in a live run whose scenarios partly fail (so
/// traces, failure screenshots and HTML are kept); then every byte written under the data directory is searched.
/// </summary>
internal sealed class SecretCanaryTests : BrowserEngineFixture
{
    private const string Address = "127.78.4.1";
    private const string Code = "330401";

    private const string Scenarios = """
          - name: register
            kind: registration
            steps:
              - use: sim/register
                with:
                  phone: ${secret:PP_CANARY_PHONE}
                  password: ${secret:PP_CANARY_PASSWORD}
          - name: typed-then-failed
            kind: login
            steps:
              - goto: ${entry}register
              - fill: { label: 手机号, value: "${secret:PP_CANARY_PHONE}" }
              - fill: { label: 密码, value: "${secret:PP_CANARY_PASSWORD}" }
              - click: { role: button, name: 获取验证码 }
              - expect: { text: "#sms-status", contains: 验证码已发送 }
              - goto: ${entry}__test/sms?phone=${secret:PP_CANARY_PHONE}
              - goto: ${entry}register
              - fill: { label: 手机号, value: "${secret:PP_CANARY_PHONE}" }
              - fill: { label: 密码, value: "${secret:PP_CANARY_PASSWORD}" }
              - click: { role: button, name: 注册 }
              - fill: { label: 手机号, value: "${secret:PP_CANARY_PHONE}" }
              - fill: { label: 密码, value: "${secret:PP_CANARY_PASSWORD}" }
              - expect: { visible: "#account" }
                timeout: 500ms
          - name: echoed-then-failed
            kind: custom
            steps:
              - goto: "data:text/html;charset=utf-8,<h1 id=echo>账号 ${secret:PP_CANARY_PHONE} 密码 ${secret:PP_CANARY_PASSWORD}</h1>"
              - expect: { visible: "#never" }
                timeout: 500ms
        """;

    protected override IReadOnlyList<PortalPersonality> Portals => [new(Code, "测试辛市", Address, "XI")];

    /// <summary>A plain password as the brief's canary, and a strong one with the punctuation real passwords have.</summary>
    private static IEnumerable<TestCaseData> Passwords()
    {
        yield return new TestCaseData($"CanaryPw-{Guid.NewGuid():N}").SetArgDisplayNames("plain password");
        yield return new TestCaseData($"Canary!Pw*{Guid.NewGuid():N}").SetArgDisplayNames("password with ! and *");
    }

    [TestCaseSource(nameof(Passwords))]
    public async Task LiveRun_CanarySecrets_NeverReachAnyFileUnderTheDataDirectory(string password)
    {
        var phone = Canaries.Phone();
        var environment = Canaries.Environment(("PP_CANARY_PHONE", phone), ("PP_CANARY_PASSWORD", password));

        var run = await RunCityAsync(Code, CityYaml.For(Code, Address, Scenarios), await LiveRequestAsync(), environment);
        await File.WriteAllLinesAsync(Path.Combine(Workspace.Data.LogsRoot, "captured.log"), Workspace.Logs.Lines);

        var verdicts = run.Scenarios.ToDictionary(s => s.Scenario, s => s.Verdict);
        var leaks = LeakScanner.Scan(Workspace.Data.Root, [phone, password]);
        var searched = LeakScanner.Inventory(Workspace.Data.Root);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdicts, Is.EqualTo(new Dictionary<string, Verdict>
            {
                ["register"] = Verdict.Pass,
                ["typed-then-failed"] = Verdict.Fail,
                ["echoed-then-failed"] = Verdict.Fail,
            }), string.Join("\n", run.Scenarios.Select(StoredRun.Describe)));
            Assert.That(searched, Has.Some.EndsWith("!trace.trace"), "the search covered unpacked traces");
            Assert.That(searched, Has.Some.EqualTo("portalprobe.db"), "the search covered the database");
            Assert.That(searched, Has.Some.StartsWith("evidence/").And.EndsWith(".html"), "the search covered saved HTML");
            Assert.That(Workspace.Logs.Lines, Is.Not.Empty, "the search covered the log lines");
            Assert.That(leaks, Is.Empty, "canaries found:\n" + string.Join("\n", leaks));
        }

        await AssertStoredTextsAreMaskedAsync(phone, password);
    }

    /// <summary>What a person reads back from the database: steps, reasons, evidence URLs and facts.</summary>
    private async Task AssertStoredTextsAreMaskedAsync(string phone, string password)
    {
        var stored = (await Workspace.Results.LatestRunAsync(Code, None))!;
        var attempts = stored.Scenarios.SelectMany(s => s.Attempts).ToList();
        var texts = attempts.SelectMany(a => a.Steps.SelectMany(s => new[] { s.Description, s.Message ?? "" }).Append(a.Reason).Append(a.Hint ?? ""))
            .Concat(attempts.SelectMany(a => a.Evidence).Select(e => e.Url ?? ""))
            .Concat(stored.Scenarios.SelectMany(s => s.Facts).Select(f => f.Value))
            .ToList();
        var fills = attempts.SelectMany(a => a.Steps).Where(s => s.Keyword == "fill").Select(s => s.Description).ToList();
        var echo = stored.Scenarios.Single(s => s.Scenario == "echoed-then-failed").Final;
        var echoedHtml = Encoding.UTF8.GetString(StoredRun.Bytes(Workspace, echo.Evidence.Single(e => e.Kind == EvidenceKind.Html)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(texts, Has.None.Contains(phone).And.None.Contains(password));
            Assert.That(fills, Is.Not.Empty.And.All.EndsWith("with ●●●"));
            Assert.That(echoedHtml, Does.Contain($"账号 {SensitiveValues.Mask} 密码 {SensitiveValues.Mask}"), "the page showed both values and they were removed");
            Assert.That(echo.Evidence.Select(e => e.Url), Has.All.Not.Null.And.All.Contains(SensitiveValues.Mask), "the page's data: URL held both values");
        }
    }
}
