using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Links;
using PortalProbe.Cities;
using PortalProbe.Testing;

namespace PortalProbe.Browser.Tests.Configuration;

internal sealed class BrowserConfigLoaderTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Test]
    public void Load_RepositoryConfig_ReadsEverySection()
    {
        var config = BrowserConfigLoader.Load(RepoPaths.BrowserConfig, NoEnvironment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.Chromium.ExecutablePath, Is.EqualTo("/usr/bin/chromium-headless-shell"));
            Assert.That(config.Chromium.Headless, Is.True);
            Assert.That(config.Chromium.Args, Does.Contain("--no-sandbox"));
            Assert.That(config.Timeouts, Is.EqualTo(new TimeoutSettings(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(2))));
            Assert.That(config.Recheck, Is.EqualTo(new RecheckSettings(1, TimeSpan.FromSeconds(2))));
            Assert.That(config.Devices.Keys, Is.EquivalentTo(Enum.GetValues<ChannelKind>()));
            Assert.That(config.Devices[ChannelKind.Web], Has.Property(nameof(DeviceProfile.Width)).EqualTo(1366)
                .And.Property(nameof(DeviceProfile.Height)).EqualTo(900)
                .And.Property(nameof(DeviceProfile.IsMobile)).False
                .And.Property(nameof(DeviceProfile.DeviceScaleFactor)).EqualTo(1f));
            Assert.That(config.Devices[ChannelKind.Wechat], Has.Property(nameof(DeviceProfile.Width)).EqualTo(390)
                .And.Property(nameof(DeviceProfile.IsMobile)).True
                .And.Property(nameof(DeviceProfile.HasTouch)).True
                .And.Property(nameof(DeviceProfile.DeviceScaleFactor)).EqualTo(2f)
                .And.Property(nameof(DeviceProfile.UserAgent)).Contains("MicroMessenger"));
        }
    }

    [Test]
    public void Load_ChromiumEnvironmentVariable_OverridesTheExecutablePath()
    {
        var config = BrowserConfigLoader.Load(RepoPaths.BrowserConfig, Environment("PORTALPROBE_CHROMIUM", "/opt/chromium/chrome"));

        Assert.That(config.Chromium.ExecutablePath, Is.EqualTo("/opt/chromium/chrome"));
    }

    [Test]
    public void Load_SmsSource_FromTheFileOrTheEnvironmentNoneByDefault()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("playwright.config.json", """{ "sms": { "source": "prompt" } }""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(BrowserConfigLoader.Load(RepoPaths.BrowserConfig, NoEnvironment).Sms, Is.EqualTo(SmsSource.None));
            Assert.That(BrowserConfigLoader.Load(file, NoEnvironment).Sms, Is.EqualTo(SmsSource.Prompt));
            Assert.That(BrowserConfigLoader.Load(file, Environment("PORTALPROBE_SMS_SOURCE", "simulator")).Sms, Is.EqualTo(SmsSource.Simulator));
            Assert.That(
                BrowserConfigLoader.Load(file, Environment("PORTALPROBE_SMS_SOURCE", "http://127.0.0.1:8080/sms/{phone}")).Sms,
                Is.EqualTo(new SmsSource.HttpSource("http://127.0.0.1:8080/sms/{phone}")));
        }
    }

    [TestCase("sms-gateway")]
    [TestCase("http://127.0.0.1/sms")]
    [TestCase("ftp://127.0.0.1/{phone}")]
    public void Load_SmsSourceThatNamesNone_IsAnErrorNamingTheKey(string value)
    {
        var error = Assert.Throws<BrowserConfigException>(
            () => BrowserConfigLoader.Load(RepoPaths.BrowserConfig, Environment("PORTALPROBE_SMS_SOURCE", value)));

        Assert.That(error!.Message, Does.Contain("sms.source").And.Contain(value));
    }

    [TestCase("false", false)]
    [TestCase("FALSE", false)]
    [TestCase("0", false)]
    [TestCase("true", true)]
    [TestCase("1", true)]
    public void Load_HeadlessEnvironmentVariable_OverridesTheFile(string value, bool expected)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("playwright.config.json", """{ "chromium": { "headless": false } }""");

        var fromFile = BrowserConfigLoader.Load(file, NoEnvironment);
        var overridden = BrowserConfigLoader.Load(file, Environment("PORTALPROBE_HEADLESS", value));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromFile.Chromium.Headless, Is.False);
            Assert.That(overridden.Chromium.Headless, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Load_EmptyObject_GivesTheDefaults()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("playwright.config.json", "{}");

        var config = BrowserConfigLoader.Load(file, NoEnvironment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.Chromium.ExecutablePath, Is.EqualTo("/usr/bin/chromium-headless-shell"));
            Assert.That(config.Chromium.Args, Is.Empty);
            Assert.That(config.Timeouts.Step, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(config.Recheck.Attempts, Is.EqualTo(1));
            Assert.That(config.Devices[ChannelKind.App].Width, Is.EqualTo(1366));
        }
    }

    [Test]
    public void Load_LinksSection_SetsTheLinkCheckersTimeoutsAndLimitsAndKeepsTheRestDefault()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("playwright.config.json", """
            { "links": { "requestTimeoutMs": 6000, "recheckDelayMs": 300, "maxDepth": 0, "availabilityVisits": 3 } }
            """);

        var links = BrowserConfigLoader.Load(file, NoEnvironment).Links;
        var defaults = BrowserConfigLoader.Load(temp.Write("empty.json", "{}"), NoEnvironment).Links;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(links.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(6)));
            Assert.That(links.RecheckDelay, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
            Assert.That(links.MaxDepth, Is.Zero);
            Assert.That(links.AvailabilityVisits, Is.EqualTo(3));
            Assert.That(links.PoliteDelay, Is.EqualTo(LinkDefaults.PoliteDelay));
            Assert.That(defaults, Is.EqualTo(new LinkOptions()), "without a links section the checker keeps its defaults (15 s, the 5% rule's 5 visits)");
        }
    }

    [Test]
    public void Load_WrongLinksFields_ReportsEachByName()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("playwright.config.json", """{ "links": { "requestTimeoutMs": 0, "availabilityVisits": "many", "maxPages": 0 } }""");

        var error = Assert.Throws<BrowserConfigException>(() => BrowserConfigLoader.Load(file, NoEnvironment));

        Assert.That(error.Message, Does.Contain("'links.requestTimeoutMs'").And.Contain("'links.availabilityVisits'").And.Contain("'links.maxPages'"));
    }

    [Test]
    public void Load_SeveralWrongFields_ReportsEveryOneWithTheFile()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("playwright.config.json", """
            {
              // comments are allowed
              "chromium": { "executablePath": 7, "headless": "yes", "args": ["--ok", 3] },
              "timeouts": { "stepMs": 0, "navigationMs": "fast", "scenarioMs": 1.5 },
              "recheck": { "attempts": -1, "delayMs": -5 },
              "devices": { "wechat": { "viewport": { "width": 100, "height": "tall" }, "isMobile": 1, "deviceScaleFactor": 0.1 } }
            }
            """);

        var error = Assert.Throws<BrowserConfigException>(() => BrowserConfigLoader.Load(file, NoEnvironment));

        string[] fields =
        [
            "chromium.executablePath", "chromium.headless", "chromium.args", "timeouts.stepMs", "timeouts.navigationMs",
            "timeouts.scenarioMs", "recheck.attempts", "recheck.delayMs", "devices.wechat.viewport.width",
            "devices.wechat.viewport.height", "devices.wechat.isMobile", "devices.wechat.deviceScaleFactor",
        ];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.StartWith(file + ":"));
            foreach (var field in fields)
            {
                Assert.That(error.Message, Does.Contain($"'{field}'"), field);
            }

            Assert.That(error.Message, Does.Not.Contain("devices.web").And.Not.Contain("devices.app"));
        }
    }

    [Test]
    public void Load_UnreadableJson_NamesTheFile()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("playwright.config.json", """{ "chromium": { "headless": true, """);

        var error = Assert.Throws<BrowserConfigException>(() => BrowserConfigLoader.Load(file, NoEnvironment));

        Assert.That(error.Message, Does.StartWith(file + ": cannot read the browser configuration"));
    }

    [Test]
    public void Load_MissingFile_NamesTheFile()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("nowhere.json");

        var error = Assert.Throws<BrowserConfigException>(() => BrowserConfigLoader.Load(file, NoEnvironment));

        Assert.That(error.Message, Does.StartWith(file + ":"));
    }

    private static Func<string, string?> Environment(string name, string value) => n => n == name ? value : null;
}
