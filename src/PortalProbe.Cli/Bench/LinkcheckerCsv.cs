using System.Text;

namespace PortalProbe.Cli.Bench;

/// <summary>One URL linkchecker reported: where it points, the page it was found on, its result and whether it was valid.</summary>
internal sealed record LinkcheckerRow(string Url, string Parent, string Result, bool Valid)
{
    /// <summary>linkchecker only checked its syntax (outside the domain filter or matching --ignore-url): no request was made.</summary>
    public bool OnlySyntax => Result is "filtered" or "ignored";
}

/// <summary>
/// Parses linkchecker's <c>-o csv</c> output: '#' comment lines, a header line, then one record per URL, fields
/// separated by ';' and quoted with '"' when they hold a separator, a quote or a line break (info strings often do).
/// </summary>
internal static class LinkcheckerCsv
{
    public static IReadOnlyList<LinkcheckerRow> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = Records(text).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        int Column(string name) => header.IndexOf(name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"linkchecker's CSV output has no '{name}' column (header: {string.Join(';', header)})");
        var (url, parent, result, valid) = (Column("url"), Column("parentname"), Column("result"), Column("valid"));
        return [.. records.Skip(1)
            .Where(r => r.Count > Math.Max(Math.Max(url, parent), Math.Max(result, valid)))
            .Select(r => new LinkcheckerRow(r[url], r[parent], r[result], string.Equals(r[valid], "True", StringComparison.Ordinal)))];
    }

    private static IEnumerable<List<string>> Records(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '#')
            {
                i = SkipLine(text, i);
                continue;
            }

            if (text[i] is '\r' or '\n')
            {
                i++;
                continue;
            }

            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ';')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c is '\n' or '\r')
                {
                    break;
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            yield return fields;
        }
    }

    private static int SkipLine(string text, int i)
    {
        var end = text.IndexOf('\n', i);
        return end < 0 ? text.Length : end + 1;
    }
}
