using PortalProbe.Cli.Tests.Support;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Test]
    public async Task Validate_RepositoryChecks_AreValid()
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path).WithTestAccount().RunAsync("validate", RepoPaths.Checks);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Contain("valid: 0 error(s), 0 warning(s)"));
    }

    [Test]
    public async Task Validate_MissingSecret_WarnsButPasses()
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path)
            .With("PORTALPROBE_TEST_PHONE", null).With("PORTALPROBE_TEST_PASSWORD", "x-password")
            .RunAsync("validate", RepoPaths.Checks);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Contain("warning: secret '${secret:PORTALPROBE_TEST_PHONE}' is not set"));
    }

    [Test]
    public async Task Validate_BrokenScript_ReportsEveryProblemWithItsPlaceAndExits2()
    {
        using var work = new TempDirectory();
        work.Write("checks/cities/330100-hangzhou.yaml", """
            city:
              code: "330100"
              name: 杭州市
              province: 浙江省
              tier: 新一线
              level: 副省级
            channels:
              - kind: web
                entry: http://127.10.0.1:${port}/
            scenarios:
              - name: home
                kind: custom
                steps:
                  - goto: ${entry}
                  - clik: "#menu"
                  - use: sim/nope
            """);

        var result = await new CliTester(work.Path).RunAsync("validate", work.Combine("checks"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Golden.AssertMatches("validate-broken-script.txt", result.Out.Replace(work.Path, "<tmp>", StringComparison.Ordinal));
    }

    [Test]
    public async Task Validate_PathThatDoesNotExist_Exits2NamingIt()
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path).RunAsync("validate", work.Combine("nowhere"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Out, Does.Contain("nowhere"));
    }
}
