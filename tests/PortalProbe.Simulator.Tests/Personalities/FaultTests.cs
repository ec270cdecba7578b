using System.Diagnostics;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Support.PortalSteps;

namespace PortalProbe.Simulator.Tests.Personalities;

[CancelAfter(30_000)]
public sealed class FaultTests
{
    [Test]
    public async Task Register_RegistrationBroken_Returns500Maintenance()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.Registration));
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        await client.SendSmsAsync(Phone, TestPortals.Ct);
        var code = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);

        var reply = await client.RegisterAsync(Phone, code, Password, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(500));
            Assert.That(reply.Body, Does.Contain("系统维护中，请稍后再试").And.Not.Contain("注册成功"));
        });
    }

    [Test]
    public async Task Submit_SubmissionBroken_Returns500Busy()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.Submission));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(500));
            Assert.That(reply.Body, Does.Contain("系统繁忙").And.Not.Contain("提交成功"));
        });
    }

    [Test]
    public async Task AppealForm_SubmitButtonDead_ScriptCancelsTheSubmit()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.SubmitButtonDead));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/appeal", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("id=\"appeal-submit\">提交</button>"), "the button is still there");
            Assert.That(reply.Body, Does.Contain("getElementById('appeal-form').addEventListener('submit'").And.Contain("event.preventDefault()"));
        });
    }

    [Test]
    public async Task Home_HomeBroken_Returns503WhileOtherPagesWork()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.Home));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var home = await client.GetReplyAsync("/", TestPortals.Ct);
        var appeal = await client.GetReplyAsync("/appeal", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(home.Status, Is.EqualTo(503));
            Assert.That(home.Body, Does.Contain("服务暂不可用"));
            Assert.That(appeal.Status, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task AnyPage_Hang_ClientTimeoutFiresAndBackDoorStillAnswers()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.Hang));
        using var hung = host.ClientFor(TestPortals.HangzhouCode, timeout: TimeSpan.FromMilliseconds(500));
        using var probe = host.ClientFor(TestPortals.HangzhouCode);

        Assert.That(async () => await hung.GetAsync(new Uri("/", UriKind.Relative), TestPortals.Ct), Throws.InstanceOf<TaskCanceledException>());
        Assert.That(async () => await hung.GetAsync(new Uri("/appeal", UriKind.Relative), TestPortals.Ct), Throws.InstanceOf<TaskCanceledException>());
        var health = await probe.GetReplyAsync("/__test/health", TestPortals.Ct);
        Assert.That(health.Body, Is.EqualTo("ok"));
    }

    [Test]
    public async Task DisposeAsync_RequestHanging_CompletesQuicklyAndCutsTheRequestOff()
    {
        var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.Hang));
        using var client = host.ClientFor(TestPortals.HangzhouCode, timeout: TimeSpan.FromSeconds(20));
        var pending = client.GetAsync(new Uri("/register", UriKind.Relative), TestPortals.Ct);

        // Give the request time to reach the server and start hanging; it must still be waiting then.
        var first = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(500), TestPortals.Ct));
        Assert.That(first, Is.Not.SameAs(pending), "the hung request was answered");

        var clock = Stopwatch.StartNew();
        await host.DisposeAsync();
        clock.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
            Assert.That(async () => await pending, Throws.InstanceOf<HttpRequestException>());
        });
    }

    [Test]
    public async Task Faults_OnOnePortal_LeaveTheOtherWorking()
    {
        var all = PortalFaults.Registration | PortalFaults.Submission | PortalFaults.Home | PortalFaults.SubmitButtonDead;
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(all), TestPortals.Ningbo());
        using var hangzhou = host.ClientFor(TestPortals.HangzhouCode);
        using var ningbo = host.ClientFor(TestPortals.NingboCode);

        var brokenHome = await hangzhou.GetReplyAsync("/", TestPortals.Ct);
        var brokenSubmit = await hangzhou.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct);
        var home = await ningbo.GetReplyAsync("/", TestPortals.Ct);
        var form = await ningbo.GetReplyAsync("/appeal", TestPortals.Ct);
        var submit = await ningbo.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(brokenHome.Status, Is.EqualTo(503));
            Assert.That(brokenSubmit.Status, Is.EqualTo(500));
            Assert.That(home.Status, Is.EqualTo(200));
            Assert.That(form.Body, Does.Not.Contain("preventDefault"));
            Assert.That(TicketIn(submit.Body), Does.StartWith("NB"));
        });
    }

    [Test]
    public void Has_CombinedFaults_ReportsEachOne()
    {
        var portal = TestPortals.Hangzhou(PortalFaults.Home | PortalFaults.Hang);

        Assert.Multiple(() =>
        {
            Assert.That(portal.Has(PortalFaults.Home), Is.True);
            Assert.That(portal.Has(PortalFaults.Hang), Is.True);
            Assert.That(portal.Has(PortalFaults.Submission), Is.False);
            Assert.That(portal.Has(PortalFaults.None), Is.False);
        });
    }
}
