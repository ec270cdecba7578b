using NUnit.Framework;

namespace PortalProbe.Testing;

/// <summary>
/// Browser tests need Debian's Chromium. Under ./test.sh and CI (PORTALPROBE_REQUIRE_BROWSER=1) a missing
/// Chromium fails the test; elsewhere the test is reported as inconclusive, never silently passed.
/// </summary>
public static class BrowserRequirement
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("PORTALPROBE_CHROMIUM") ?? "/usr/bin/chromium-headless-shell";

    public static void Ensure()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var message = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium-headless-shell fonts-noto-cjk)";
        if (Environment.GetEnvironmentVariable("PORTALPROBE_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail(message);
        }

        Assert.Inconclusive(message);
    }
}
