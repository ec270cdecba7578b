using System.Text;
using System.Text.Json;
using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>Reads the lines of an answers file, reporting every mistake of every line.</summary>
internal static class AnswersLineReader
{
    private static readonly string[] Keys = ["question", "key_points", "answer", "label"];

    public static List<LabelledAnswer> ReadAll(string file, string text, DiagnosticBag diagnostics)
    {
        var answers = new List<LabelledAnswer>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (!string.IsNullOrWhiteSpace(line) && ReadLine(new LineContext(file, i + 1, line, diagnostics)) is { } answer)
            {
                answers.Add(answer);
            }
        }

        return answers;
    }

    private static LabelledAnswer? ReadLine(LineContext at)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(at.Text);
        }
        catch (JsonException e)
        {
            at.Error(CharColumn(at.Text, e.BytePositionInLine), $"not valid JSON: {FirstSentence(e.Message)}");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                at.Error(1, "a line must be a JSON object with question, key_points and answer");
                return null;
            }

            var errorsBefore = at.Diagnostics.Items.Count;
            var root = document.RootElement;
            CheckKeys(root, at);
            var question = RequiredText(root, "question", at, allowEmpty: false);
            var answer = RequiredText(root, "answer", at, allowEmpty: true);
            var keyPoints = KeyPoints(root, at);
            var label = Label(root, at);
            return at.Diagnostics.Items.Count > errorsBefore || question is null || answer is null
                ? null
                : new LabelledAnswer(at.Line, question, keyPoints, answer, label);
        }
    }

    private static void CheckKeys(JsonElement root, LineContext at)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!Keys.Contains(property.Name, StringComparer.Ordinal))
            {
                at.Error(at.ColumnOf(property.Name), $"unknown key '{property.Name}' (expected one of: {string.Join(", ", Keys)})");
            }
            else if (!seen.Add(property.Name))
            {
                at.Error(at.ColumnOf(property.Name), $"duplicate key '{property.Name}'");
            }
        }
    }

    private static string? RequiredText(JsonElement root, string key, LineContext at, bool allowEmpty)
    {
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            at.Error(1, $"missing '{key}'");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            at.Error(at.ColumnOf(key), $"'{key}' must be a string");
            return null;
        }

        var text = value.GetString()!;
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            at.Error(at.ColumnOf(key), $"'{key}' is empty");
            return null;
        }

        return text;
    }

    private static List<KeyPoint> KeyPoints(JsonElement root, LineContext at)
    {
        if (!root.TryGetProperty("key_points", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            at.Error(1, "missing 'key_points'");
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            at.Error(at.ColumnOf("key_points"), "'key_points' must be a non-empty list of strings");
            return [];
        }

        var points = new List<KeyPoint>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            index++;
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                at.Error(at.ColumnOf("key_points"), $"key point {index} is empty or not a string");
                continue;
            }

            var point = KeyPoint.Parse(item.GetString()!);
            if (point.BlankSynonyms > 0)
            {
                at.Error(at.ColumnOf("key_points"), $"key point {index} ('{item.GetString()}') has a blank synonym");
                continue;
            }

            points.Add(point);
        }

        return points;
    }

    private static JudgeLabel? Label(JsonElement root, LineContext at)
    {
        if (!root.TryGetProperty("label", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && JudgeLabels.TryParse(value.GetString()!, out var label))
        {
            return label;
        }

        at.Error(at.ColumnOf("label"), $"unknown label {value.GetRawText()} (expected one of: {string.Join(", ", JudgeLabels.All.Select(l => l.ToName()))})");
        return null;
    }

    /// <summary>System.Text.Json counts bytes of UTF-8; people count characters.</summary>
    private static int CharColumn(string line, long? bytePosition)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var position = (int)Math.Clamp(bytePosition ?? 0, 0, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, position) + 1;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private sealed record LineContext(string File, int Line, string Text, DiagnosticBag Diagnostics)
    {
        public void Error(int column, string message) => Diagnostics.Error(new SourceLocation(File, Line, column), message);

        /// <summary>The column of a key's quoted name in the line, or 1.</summary>
        public int ColumnOf(string key) => Text.IndexOf($"\"{key}\"", StringComparison.Ordinal) + 1 is var c and > 0 ? c : 1;
    }
}
