using System.Text.Encodings.Web;
using System.Text.Json;
using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// The chatbot check's JSON evidence: every wording asked, whether it is a paraphrase, the answer, and the judge's
/// label, score, reason and matched spans per key point, with the resulting measures. Chinese text is kept readable.
/// </summary>
internal static class ChatTranscript
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string city, string scenario, ChatbotScore score, IReadOnlyList<ChatExchange> exchanges)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("city", city);
            json.WriteString("scenario", scenario);
            json.WriteNumber("asked", score.Asked);
            json.WriteNumber("questions", score.Questions);
            json.WriteNumber("accuracy", Math.Round(score.Accuracy, 4));
            if (score.Robustness is { } robustness)
            {
                json.WriteNumber("paraphraseRobustness", Math.Round(robustness, 4));
            }
            else
            {
                json.WriteNull("paraphraseRobustness");
            }

            json.WriteStartArray("exchanges");
            foreach (var exchange in exchanges)
            {
                Exchange(json, exchange);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Exchange(Utf8JsonWriter json, ChatExchange exchange)
    {
        var verdict = exchange.Verdict;
        json.WriteStartObject();
        json.WriteString("question", exchange.Question.Id);
        json.WriteString("asked", exchange.Asked);
        json.WriteBoolean("paraphrase", exchange.Paraphrase);
        json.WriteString("answer", exchange.Answer);
        json.WriteString("verdict", verdict.Label.ToName());
        json.WriteNumber("score", verdict.Score);
        json.WriteString("reason", verdict.Reason);
        json.WriteStartArray("keyPoints");
        foreach (var evidence in verdict.Evidence.Where(e => e.Found || e.Role == KeyPointRole.Required))
        {
            json.WriteStartObject();
            json.WriteString("name", evidence.Point.Name);
            json.WriteString("role", evidence.Role.ToString().ToLowerInvariant());
            json.WriteBoolean("found", evidence.Found);
            json.WriteBoolean("counted", evidence.Counted);
            json.WriteStartArray("matches");
            foreach (var match in evidence.Matches)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", match.Offset);
                json.WriteNumber("length", match.Length);
                json.WriteString("text", match.Text);
                json.WriteString("synonym", match.Synonym);
                json.WriteString("kind", match.Kind.ToString().ToLowerInvariant());
                json.WriteNumber("similarity", match.Similarity);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
