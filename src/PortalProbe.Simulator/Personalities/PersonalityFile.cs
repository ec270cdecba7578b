using System.Text;
using System.Text.Json;
using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Personalities.Internal;

namespace PortalProbe.Simulator.Personalities;

/// <summary>
/// Reads and writes a population folder's personalities.json (and its questions.json, the chatbot's question bank).
/// <para>
/// personalities.json: <c>{ "asOf": "2024-06-01", "seed": 12345, "refusedAddress": "127.1.255.254",
/// "externalSites": [ { "id", "name", "address" } ], "cities": [ { "code", "name", "address", "ticketPrefix",
/// "style", "registration", "submission", "progress", "chatbot", "searchChannels": [ids], "dataReports":
/// { "freshness", "dateStyle" }, "hotCases": {...}, "enterpriseEntrance", "wechatOnly", "smsCodeLength",
/// "replyWorkingDays", "asOf", "broken": [fault ids], "faults": { "seed", "intermittentPercent", "latency":
/// { "fixedMs", "jitterMs" } }, "links": [ { "text", "path", "behaviour", "site", "slowDelayMs" } ], "vocabulary":
/// { "register", ..., "idPrefix", "layout" } } ] }</c>. Only code, name, address and ticketPrefix are required;
/// the ids are those of <see cref="PersonalityIds"/>.
/// </para>
/// Every problem is reported at once, each as "file: field: message".
/// </summary>
public static class PersonalityFile
{
    /// <summary>The personality file's name inside a population folder.</summary>
    public const string FileName = "personalities.json";

    /// <summary>The question bank's name inside a population folder.</summary>
    public const string QuestionsFileName = "questions.json";

    private const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Loads a folder's personalities.json and, when present, its questions.json.</summary>
    /// <exception cref="PersonalityFileException">Listing every problem with its file and field.</exception>
    public static PersonalitySet LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var set = Load(Path.Combine(folder, FileName));
        var questions = Path.Combine(folder, QuestionsFileName);
        return File.Exists(questions) ? set with { Questions = QuestionBank.Load(questions) } : set;
    }

    /// <summary>Loads one personalities.json.</summary>
    /// <exception cref="PersonalityFileException">Listing every problem with its file and field.</exception>
    public static PersonalitySet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var document = Parse(path, MaxFileBytes);
        var problems = new JsonProblems(path);
        var set = PersonalityReader.Read(path, document.RootElement, problems);
        problems.ThrowIfAny();
        return set;
    }

    /// <summary>Writes <paramref name="set"/> as personalities.json at <paramref name="path"/> (UTF-8, LF, indented).</summary>
    public static void Save(string path, PersonalitySet set)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(set);
        File.WriteAllBytes(path, ToUtf8(set));
    }

    /// <summary>The bytes <see cref="Save"/> writes.</summary>
    public static byte[] ToUtf8(PersonalitySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, PersonalityJson.WriterOptions))
        {
            PersonalityJson.Write(json, set);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A JSON document from a file, or a <see cref="PersonalityFileException"/> naming the file and the place.</summary>
    internal static JsonDocument Parse(string path, long maxBytes)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new PersonalityFileException($"{path}: no such file");
            }

            if (info.Length > maxBytes)
            {
                throw new PersonalityFileException($"{path}: the file is larger than {maxBytes / (1024 * 1024)} MB");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PersonalityFileException($"{path}: cannot read the file: {e.Message}", e);
        }

        return ParseText(bytes, path);
    }

    /// <summary>A JSON document from bytes, or a <see cref="PersonalityFileException"/> naming the source and the place.</summary>
    internal static JsonDocument ParseText(byte[] bytes, string path)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new PersonalityFileException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}:{line}:{column}: not valid JSON: {FirstSentence(e.Message)}"), e);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    internal static Encoding Utf8NoBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
