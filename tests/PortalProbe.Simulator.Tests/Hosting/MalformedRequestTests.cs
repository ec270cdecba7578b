using System.Net.Http.Headers;
using System.Text;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Hosting;

/// <summary>Whatever a client sends, a working portal answers with a 400 page or the form and its errors, never a 500.</summary>
[CancelAfter(30_000)]
public sealed class MalformedRequestTests
{
    public static IEnumerable<TestCaseData> MalformedPosts()
    {
        yield return Case("/register", "application/x-www-form-urlencoded", "", "register, empty form");
        yield return Case("/register", "application/json", """{"phone":"13812345678"}""", "register, JSON");
        yield return Case("/register", "multipart/form-data", "garbage", "register, multipart without boundary");
        yield return Case("/register", null, "phone=13812345678", "register, no content type");
        yield return Case("/appeal", "application/x-www-form-urlencoded", "", "appeal, empty form");
        yield return Case("/appeal", "application/x-www-form-urlencoded", "%%%=&&==%zz&type=%E4", "appeal, broken url encoding");
        yield return Case("/appeal", "application/x-www-form-urlencoded", "type=咨询&type=投诉&title=&content=短", "appeal, repeated and short fields");
        yield return Case("/appeal", "text/plain", "\u0000\u0001 binary garbage \uFFFD", "appeal, text/plain");
        yield return Case("/appeal", "application/x-www-form-urlencoded", "content=" + new string('长', 40_000), "appeal, body over the size limit");
        yield return Case("/api/sms/send", "application/x-www-form-urlencoded", "", "sms, no phone");
        yield return Case("/api/sms/send", "application/json", "{}", "sms, JSON");
        yield return Case("/api/sms/send", "application/x-www-form-urlencoded", "phone=abc", "sms, letters for a phone");
    }

    [TestCaseSource(nameof(MalformedPosts))]
    public async Task Post_MalformedInput_RejectedWithoutServerError(string path, string? contentType, string body)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var reply = await client.PostReplyAsync(path, content, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(400).Or.EqualTo(200));
        if (reply.Status == 200)
        {
            Assert.That(reply.Body, Does.Contain("id=\"form-errors\""), "a 200 must re-show the form with its errors");
        }
        else if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.That(reply.Body, Does.Contain("\"ok\":false"));
        }
        else
        {
            Assert.That(reply.Body, Does.Contain("请求有误"));
        }
    }

    [TestCase("/")]
    [TestCase("/faq")]
    [TestCase("/progress")]
    public async Task Post_ToGetOnlyPage_Returns405ChinesePage(string path)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.PostFormAsync(path, [new("x", "1")], TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(405));
            Assert.That(reply.Body, Does.Contain("请求方式不支持"));
        });
    }

    private static TestCaseData Case(string path, string? contentType, string body, string name) =>
        new TestCaseData(path, contentType, body).SetName($"Post_MalformedInput_RejectedWithoutServerError({name})");
}
