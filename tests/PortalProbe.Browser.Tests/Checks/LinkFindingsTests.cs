using PortalProbe.Browser.Checks.Links;
using PortalProbe.Browser.Links;
using PortalProbe.Results;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>The links check's judgement over a survey's report, without a browser.</summary>
internal sealed class LinkFindingsTests
{
    private static readonly Uri Home = new("http://127.78.40.1/");
    private static readonly DateTimeOffset At = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public void Outcome_LinkWhoseHostBreakerStayedOpen_FailsNamingItAsNotChecked()
    {
        var refused = new Uri("http://127.78.255.254/old/");
        var link = Link(refused, LinkOutcome.HostUnavailable, LinkClassification.HostUnavailable, "not checked: the host's circuit breaker is open after repeated transport failures");

        var outcome = new LinkFindings(Home, Report(link, Link(new Uri(Home, "/ok"), LinkOutcome.Ok, LinkClassification.Ok, null))).Outcome();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Verdict, Is.EqualTo(Verdict.Fail), "a link nobody could check must not pass");
            Assert.That(outcome.Reason, Does.Contain($"Not checked: {refused} on {Home}: not checked: the host's circuit breaker is open"));
            Assert.That(outcome.Facts.Single(f => f.Name == "links.broken").Value, Is.EqualTo("0"), "not checked is not counted as broken");
        }
    }

    [Test]
    public void Outcome_OnlyFlakyLinks_PassesNamingTheFailureRatio()
    {
        var flaky = new Uri(Home, "/bszn/");
        var link = Link(flaky, LinkOutcome.Flaky, LinkClassification.ServerError, null) with
        {
            FinalStatus = 503,
            Attempts = [Attempt(LinkClassification.ServerError, 503, null), Attempt(LinkClassification.Ok, 200, null)],
        };

        var outcome = new LinkFindings(Home, Report(link)).Outcome();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(outcome.Reason, Does.Contain($"Flaky: {flaky} on {Home} failed 50% of its checks (ServerError, HTTP 503)"));
        }
    }

    [Test]
    public void Outcome_OneVisitInFiveNotOpen_FailsByTheFivePercentRule()
    {
        var visits = Enumerable.Range(0, 5).Select(i => new AvailabilityVisit(Home, At, i != 2, i == 2 ? null : 200, TimeSpan.FromMilliseconds(100), i == 2 ? "timeout" : null)).ToList();
        var report = Report(Link(new Uri(Home, "/ok"), LinkOutcome.Ok, LinkClassification.Ok, null)) with { Availability = new AvailabilityReport(visits, LinkDefaults.UnreachableRatio) };

        var outcome = new LinkFindings(Home, report).Outcome();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(outcome.Reason, Does.Contain("start page open in 4 of 5 visits (80%)").And.Contain("unreachable by the 5% rule (first failed visit: timeout)"));
        }
    }

    [Test]
    public void Outcome_SampleStoppedAtTheFirstVisitNotOpen_SaysWhichVisitsWereNotMade()
    {
        var visits = new[] { new AvailabilityVisit(Home, At, false, null, TimeSpan.FromSeconds(15), "no answer within 15000 ms") };
        var availability = new AvailabilityReport(visits, LinkDefaults.UnreachableRatio) { Planned = 5 };
        var report = Report(Link(new Uri(Home, "/ok"), LinkOutcome.Ok, LinkClassification.Ok, null)) with { Availability = availability };

        var outcome = new LinkFindings(Home, report).Outcome();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(outcome.Reason, Does.Contain("start page open in 0 of 1 visits (0%): unreachable by the 5% rule (first failed visit: no answer within 15000 ms)")
                .And.Contain("the other 4 of 5 planned visits were not made, as they could not change that"));
        }
    }

    private static LinkReport Report(params LinkResult[] links)
    {
        var visits = Enumerable.Range(0, 5).Select(_ => new AvailabilityVisit(Home, At, true, 200, TimeSpan.FromMilliseconds(100), null)).ToList();
        return new LinkReport(links, [new CrawledPage(Home, 0, 200, links.Length, links.Length, null)], new AvailabilityReport(visits, LinkDefaults.UnreachableRatio));
    }

    private static LinkResult Link(Uri url, LinkOutcome outcome, LinkClassification classification, string? error) =>
        new(url, Home, LinkKind.Internal, outcome, classification, null, [new RedirectHop(url, "GET", null)], [Attempt(classification, null, error)]);

    private static LinkAttempt Attempt(LinkClassification classification, int? status, string? error) =>
        new(1, At, classification, status, [], error, 1, TimeSpan.FromMilliseconds(10));
}
