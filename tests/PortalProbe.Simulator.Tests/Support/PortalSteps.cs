namespace PortalProbe.Simulator.Tests.Support;

/// <summary>The steps a citizen (or a check script) takes, over plain HTTP.</summary>
internal static class PortalSteps
{
    public const string Phone = "13812345678";
    public const string MaskedPhone = "138****5678";
    public const string Password = "Secret#2025";

    public static Task<Reply> SendSmsAsync(this HttpClient client, string phone, CancellationToken ct) =>
        client.PostFormAsync("/api/sms/send", [new("phone", phone)], ct);

    public static async Task<string> ReadSmsCodeAsync(this HttpClient client, string phone, CancellationToken ct)
    {
        var reply = await client.GetReplyAsync($"/__test/sms?phone={phone}", ct);
        Assert.That(reply.Status, Is.EqualTo(200), $"no SMS code for {phone}: {reply.Body}");
        return reply.Body;
    }

    public static Task<Reply> RegisterAsync(this HttpClient client, string phone, string code, string password, CancellationToken ct) =>
        client.PostFormAsync("/register", [new("phone", phone), new("code", code), new("password", password)], ct);

    public static Dictionary<string, string> ValidAppeal() => new()
    {
        ["type"] = "投诉",
        ["title"] = "小区门口路灯不亮",
        ["content"] = "西湖区某小区门口的路灯已经一周不亮了，夜间出行不安全，请尽快维修。",
        ["phone"] = Phone,
        ["agree"] = "on",
    };

    public static Task<Reply> SubmitAppealAsync(this HttpClient client, IDictionary<string, string> fields, CancellationToken ct) =>
        client.PostFormAsync("/appeal", fields, ct);

    /// <summary>The ticket number inside &lt;span id="ticket"&gt;, or null.</summary>
    public static string? TicketIn(string body)
    {
        const string open = "<span id=\"ticket\">";
        var start = body.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += open.Length;
        var end = body.IndexOf("</span>", start, StringComparison.Ordinal);
        return end < 0 ? null : body[start..end];
    }
}
