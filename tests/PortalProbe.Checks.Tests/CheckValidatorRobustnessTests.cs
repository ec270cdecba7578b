using PortalProbe.Checks.Tests.Support;

namespace PortalProbe.Checks.Tests;

/// <summary>A script with every step form: it validates, and no truncation of it makes validation throw.</summary>
public sealed class CheckValidatorRobustnessTests
{
    private const string EveryForm = """
        city:
          code: "330100"
          name: 杭州市
          province: 浙江省
          tier: 新一线
          level: 副省级
        runtime: [port]
        vars:
          host: 127.10.0.1
          base: http://${host}:${port}
        channels:
          - kind: web
            entry: ${base}/
          - kind: wechat
            entry: ${base}/h5/
        scenarios:
          - name: register
            kind: registration
            channels: [web]
            steps:
              - use: sim/register
                with: { phone: "${secret:HZ_PHONE}" }
                live-only: true
              - expect: { text: "#result", contains: 注册成功 }
              - goto: ${entry}
              - click: "#a"
              - check: { label: 同意 }
              - click: { role: button, name: 提交, exact: true }
              - fill: { placeholder: 手机, value: 1, sensitive: true }
              - fill: { target: "#x", value: y }
              - select: { label: 类型, value: 投诉 }
              - press: Enter
              - press: { key: Tab, css: input }
              - wait-for: .x
              - wait-for: { text: 加载, state: hidden }
              - expect: { count: li, at-least: 1 }
              - expect: { url: /login }
              - expect: { title: { matches: "热线$" } }
              - expect: { enabled: "#b" }
              - manual-when: { visible: .captcha, reason: 验证码 }
              - extract: { css: "#no", into: ticket, regex: "(\\d+)" }
              - screenshot: home
              - screenshot: { name: full, full-page: true }
                label: 全页
                timeout: 5s
        """;

    private const string Template = """
        template:
          description: Registers a test account
          params:
            phone: { required: true, description: the phone number }
            password: { default: "Probe#2026", sensitive: true }
        steps:
          - goto: ${entry}register
          - fill: { label: 手机号, value: "${phone}" }
        """;

    private static readonly Dictionary<string, string> Environment = new() { ["HZ_PHONE"] = "13800000000" };

    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = new ChecksFolder();
        _folder.Write("templates/sim/register.yaml", Template);
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void ValidatePaths_ScriptWithEveryStepForm_HasNoDiagnostics()
    {
        var file = _folder.Write("cities/330100-hangzhou.yaml", EveryForm);

        var diagnostics = CheckValidator.ValidatePaths([file], Environment.GetValueOrDefault);

        Assert.That(_folder.Format(diagnostics), Is.Empty);
    }

    [Test]
    public void ValidatePaths_EveryTruncation_ReportsInsteadOfThrowing()
    {
        var file = _folder.PathOf("cities/330100-hangzhou.yaml");
        var failures = new List<string>();
        for (var length = 0; length < EveryForm.Length; length += 3)
        {
            File.WriteAllText(file, EveryForm[..length]);
            try
            {
                CheckValidator.ValidatePaths([file], Environment.GetValueOrDefault);
            }
            catch (Exception e) when (e is not AssertionException)
            {
                failures.Add($"{length}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.That(failures, Is.Empty);
    }
}
