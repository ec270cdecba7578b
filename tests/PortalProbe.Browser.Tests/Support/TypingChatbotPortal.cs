using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PortalProbe.Population.Generation;
using Http = Microsoft.AspNetCore.Http.Results;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// A chatbot that answers the way many real ones do, on one loopback address (<c>/chat</c>): a "正在输入…" bubble
/// first, then the bank's accurate answer in two bubbles, each typed out two characters every 40 ms, the second
/// starting <see cref="Gap"/> after the first is complete; a clock on the page ticks every 100 ms meanwhile, so the
/// page's DOM never rests. Only both bubbles, read when complete, make the whole answer.
/// </summary>
internal sealed class TypingChatbotPortal : IAsyncDisposable
{
    /// <summary>The pause between the two bubbles: shorter than the quiet period of a 10 s wait (500 ms).</summary>
    public static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(200);

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>智能客服</title></head><body>
        <p>北京时间 <span id="clock"></span></p>
        <div id="log"><div class="msg bot">您好，我是智能客服，请问有什么可以帮您？</div></div>
        <input id="q" placeholder="请输入您的问题"><button id="send" type="button">发送</button>
        <script>
        var log = document.getElementById('log'), input = document.getElementById('q'), clock = document.getElementById('clock');
        setInterval(function () { clock.textContent = new Date().toISOString(); }, 100);
        function bubble(cls, text) { var d = document.createElement('div'); d.className = 'msg ' + cls; d.textContent = text; log.appendChild(d); return d; }
        function pause(ms) { return new Promise(function (done) { setTimeout(done, ms); }); }
        async function type(text) {
          var b = bubble('bot', '');
          for (var i = 2; i < text.length + 2; i += 2) { b.textContent = text.slice(0, i); await pause(40); }
        }
        async function send() {
          var q = input.value.trim(); if (!q) { return; }
          input.value = ''; bubble('user', q);
          var typing = bubble('typing', '正在输入…');
          var r = await fetch('/api/answer', { method: 'POST', body: new URLSearchParams({ q: q }) });
          var a = await r.json();
          await pause(150); typing.remove();
          await type(a.first); await pause({{Gap.TotalMilliseconds}}); await type(a.second);
        }
        document.getElementById('send').addEventListener('click', send);
        </script></body></html>
        """;

    private readonly WebApplication _app;

    private TypingChatbotPortal(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The answer the bot gives to <paramref name="question"/>, as its two bubbles.</summary>
    public static (string First, string Second) Answer(string question)
    {
        var known = QuestionBankFile.Default.Recognise(question);
        var text = known is null ? "抱歉，我暂时没有理解您的问题，您可以换个说法，或拨打12345热线。" : known.AccurateAnswers[0];
        var cut = text.IndexOfAny(['，', '：', '；', '。'], text.Length / 2) is var at and >= 0 && at < text.Length - 1 ? at + 1 : text.Length / 2;
        return (text[..cut], text[cut..]);
    }

    public static async Task<TypingChatbotPortal> StartAsync(string address)
    {
        var app = LoopbackApp.Build(address);
        app.MapGet("/chat", () => Http.Content(Page, "text/html; charset=utf-8"));
        app.MapPost("/api/answer", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var (first, second) = Answer(form["q"].ToString());
            return Http.Json(new { first, second });
        });
        await app.StartAsync();
        return new TypingChatbotPortal(app, LoopbackApp.PortOf(app));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
