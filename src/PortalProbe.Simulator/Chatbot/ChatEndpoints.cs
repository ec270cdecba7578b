using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Chatbot;

/// <summary>The PC portal's chatbot: the /chat page, whose script posts each question to /api/chat.</summary>
internal static class ChatEndpoints
{
    public const int MaxMessageLength = 200;

    private const string Script = """
        <script>
        (function () {
          var log = document.querySelector('[data-chat-log]');
          var input = document.querySelector('[data-chat-input]');
          function add(cls, text) { var d = document.createElement('div'); d.className = 'chat-msg ' + cls; d.textContent = text; log.appendChild(d); }
          async function send() {
            var q = input.value.trim(); if (!q) { return; }
            add('user', q); input.value = '';
            try {
              var r = await fetch('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ q: q }) });
              if (r.status === 204) { return; }
              var reply = await r.json(); if (reply.answer) { add('bot', reply.answer); }
            } catch (e) { add('bot error', '网络异常，请稍后再试'); }
          }
          document.querySelector('[data-chat-send]').addEventListener('click', send);
          input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); send(); } });
        })();
        </script>
        """;

    public static IEndpointRouteBuilder MapChat(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/chat", Show);
        routes.MapPost("/api/chat", AnswerAsync);
        return routes;
    }

    /// <summary>The reply to a chat message as the portal's API gives it: 200 {"answer": ...}, or 204 when the bot stays silent.</summary>
    public static async Task<IResult> AnswerAsync(HttpContext http, CancellationToken ct)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Chatbot == ChatbotMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var form = await FormInput.ReadAsync(http.Request, ct);
        var message = form is null ? null : FormInput.Value(form, "q");
        if (string.IsNullOrWhiteSpace(message) || message.Length > MaxMessageLength)
        {
            return TypedResults.Json(new ChatReply(null, "请输入200字以内的问题"), statusCode: StatusCodes.Status400BadRequest);
        }

        var answer = ChatbotReplies.Reply(portal, runtime.Context.Questions, message);
        return answer is null ? TypedResults.NoContent() : TypedResults.Json(new ChatReply(answer, null));
    }

    private static IResult Show(HttpContext http)
    {
        var portal = http.Portal().Personality;
        if (portal.Chatbot == ChatbotMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var v = portal.Vocabulary;
        var body = $"""
            <h1>{Html.Encode(v.Chatbot)}</h1>
            <div id="{v.Id("chat-log")}" class="chat-log" data-chat-log><div class="chat-msg bot">{Html.Encode(ChatbotReplies.Greeting)}</div></div>
            <div class="field"><input type="text" id="{v.Id("chat-input")}" data-chat-input maxlength="{MaxMessageLength}" placeholder="请输入您的问题">
              <button type="button" id="{v.Id("chat-send")}" data-chat-send>发送</button></div>
            """;
        return PageResult.Html(PageLayout.Render(portal, v.Chatbot, body, Script));
    }

    /// <summary>The JSON answer to /api/chat.</summary>
    internal sealed record ChatReply(string? Answer, string? Error);
}
