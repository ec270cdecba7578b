using PortalProbe.Browser.Links;
using PortalProbe.Browser.Links.Internal;

namespace PortalProbe.Browser.Tests.Links;

internal sealed class LinkOptionsTests
{
    [Test]
    public void Validate_Defaults_AreValidAndFollowTheFifteenSecondRule()
    {
        var options = new LinkOptions().Validate();

        Assert.Multiple(() =>
        {
            Assert.That(options.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(15)));
            Assert.That(options.MaxPerHost, Is.EqualTo(2));
        });
    }

    [Test]
    public void Validate_SeveralMistakes_ReportsEveryOneByName()
    {
        var options = new LinkOptions { MaxPerHost = 0, RequestTimeout = TimeSpan.Zero, BreakerFailureRatio = 1.5, PoliteDelay = TimeSpan.FromSeconds(-1) };

        var error = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.That(error!.Message, Does.Contain("MaxPerHost").And.Contain("RequestTimeout").And.Contain("BreakerFailureRatio").And.Contain("PoliteDelay"));
    }

    [Test]
    public void HostTraffic_InvalidOptions_RefusedBeforeAnyRequest()
    {
        Assert.That(() => new HostTraffic(new LinkOptions { MaxParallel = 0 }, TimeProvider.System), Throws.ArgumentException.With.Message.Contains("MaxParallel"));
    }

    private static readonly FoundLink Found = new(new Uri("http://127.79.0.1/a"), new Uri("http://127.79.0.1/"), LinkKind.Internal, 1, LinkSources.Served);

    private static LinkAttempt Attempt(int number, LinkClassification classification, int? status = null) =>
        new(number, DateTimeOffset.UnixEpoch, classification, status, [], null, classification == LinkClassification.HostUnavailable ? 0 : 1, TimeSpan.Zero);

    [TestCase(LinkClassification.Ok, null, LinkOutcome.Ok)]
    [TestCase(LinkClassification.ServerError, LinkClassification.ServerError, LinkOutcome.Broken)]
    [TestCase(LinkClassification.ServerError, LinkClassification.Ok, LinkOutcome.Flaky)]
    [TestCase(LinkClassification.ConnectionFailure, LinkClassification.HostUnavailable, LinkOutcome.Broken)]
    [TestCase(LinkClassification.HostUnavailable, LinkClassification.HostUnavailable, LinkOutcome.HostUnavailable)]
    [TestCase(LinkClassification.HostUnavailable, LinkClassification.Ok, LinkOutcome.Ok)]
    public void Decide_Checks_GiveTheVerdict(LinkClassification first, LinkClassification? second, LinkOutcome expected)
    {
        var attempts = second is { } s ? new[] { Attempt(1, first), Attempt(2, s) } : new[] { Attempt(1, first) };

        Assert.That(LinkVerdicts.Decide(Found, attempts).Outcome, Is.EqualTo(expected));
    }
}
