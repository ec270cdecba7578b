using System.Net;
using System.Net.Sockets;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Hosting;

[CancelAfter(30_000)]
public sealed class SimulatorHostTests
{
    [Test]
    public async Task StartAsync_TwoPortalsOnTwoAddresses_EachAnswersAsItsOwnCity()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(), TestPortals.Ningbo());
        using var hangzhou = host.ClientFor(TestPortals.HangzhouCode);
        using var ningbo = host.ClientFor(TestPortals.NingboCode);

        var hz = await hangzhou.GetReplyAsync("/", TestPortals.Ct);
        var nb = await ningbo.GetReplyAsync("/", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(hz.Body, Does.Contain("<title>杭州市12345政务服务便民热线</title>"));
            Assert.That(nb.Body, Does.Contain("<title>宁波市12345政务服务便民热线</title>"));
            Assert.That(hz.Body, Does.Not.Contain("宁波市"));
            Assert.That(nb.Body, Does.Not.Contain("杭州市"));
        });
    }

    [Test]
    public async Task BaseUri_KnownCity_IsItsAddressOnTheSharedPort()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(), TestPortals.Ningbo());

        Assert.Multiple(() =>
        {
            Assert.That(host.Port, Is.GreaterThan(0));
            Assert.That(host.BaseUri(TestPortals.HangzhouCode), Is.EqualTo(new Uri($"http://127.77.0.1:{host.Port}/")));
            Assert.That(host.BaseUri(TestPortals.NingboCode), Is.EqualTo(new Uri($"http://127.77.0.2:{host.Port}/")));
            Assert.That(host.Portals.Select(p => p.CityCode), Is.EqualTo(new[] { TestPortals.HangzhouCode, TestPortals.NingboCode }));
        });
    }

    [Test]
    public async Task BaseUri_UnknownCity_Throws()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());

        Assert.That(() => host.BaseUri("110000"), Throws.ArgumentException.With.Message.Contains("110000"));
    }

    [Test]
    public async Task StartAsync_FixedPort_ListensOnThatPort()
    {
        var port = PickFreePort();
        var options = new SimulatorOptions { Portals = [TestPortals.Hangzhou()], Port = port };

        await using var host = await SimulatorHost.StartAsync(options, TestPortals.Ct);
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var reply = await client.GetReplyAsync("/__test/health", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(host.Port, Is.EqualTo(port));
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Is.EqualTo("ok"));
        });
    }

    [TestCase("10.0.0.1")]
    [TestCase("192.168.1.10")]
    [TestCase("0.0.0.0")]
    [TestCase("::1")]
    [TestCase("not-an-address")]
    public void StartAsync_AddressOutsideIPv4Loopback_RefusedNamingCityAndAddress(string address)
    {
        var portal = TestPortals.Hangzhou() with { Address = address };

        Assert.That(
            async () => await TestPortals.StartAsync(portal),
            Throws.ArgumentException.With.Message.Contains("330100").And.Message.Contains("杭州市").And.Message.Contains(address));
    }

    [Test]
    public void StartAsync_DuplicateAddress_RefusedNamingBothCities()
    {
        var ningbo = TestPortals.Ningbo() with { Address = "127.77.0.1" };

        Assert.That(
            async () => await TestPortals.StartAsync(TestPortals.Hangzhou(), ningbo),
            Throws.ArgumentException.With.Message.Contains("127.77.0.1").And.Message.Contains("330100").And.Message.Contains("330200"));
    }

    [Test]
    public void StartAsync_SeveralProblems_ReportsEveryOneAtOnce()
    {
        var bad = new PortalPersonality("33", "", "10.1.1.1", "hz") { SmsCodeLength = 12 };

        var error = Assert.ThrowsAsync<ArgumentException>(async () => await TestPortals.StartAsync(bad));

        Assert.That(error!.Message, Does.Contain("six digits")
            .And.Contain("city name is empty")
            .And.Contain("ticket prefix")
            .And.Contain("SMS code length")
            .And.Contain("10.1.1.1"));
    }

    [Test]
    public void StartAsync_NoPortals_Refused()
    {
        Assert.That(async () => await TestPortals.StartAsync(), Throws.ArgumentException.With.Message.Contains("no portals"));
    }

    [Test]
    public async Task DisposeAsync_Twice_IsHarmless()
    {
        var host = await TestPortals.StartAsync(TestPortals.Hangzhou());

        await host.DisposeAsync();

        Assert.That(async () => await host.DisposeAsync(), Throws.Nothing);
    }

    [Test]
    public async Task DisposeAsync_AfterwardsThePortIsClosed()
    {
        var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        var uri = host.BaseUri(TestPortals.HangzhouCode);
        await host.DisposeAsync();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        Assert.That(async () => await client.GetAsync(uri, TestPortals.Ct), Throws.InstanceOf<HttpRequestException>());
    }

    private static int PickFreePort()
    {
        var listener = new TcpListener(IPAddress.Parse("127.77.0.1"), 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
