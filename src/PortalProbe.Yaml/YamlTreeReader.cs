using PortalProbe.Diagnostics;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace PortalProbe.Yaml;

/// <summary>
/// Reads the first YAML document of a text into a <see cref="YamlNode"/> tree, reporting syntax errors, unclosed
/// brackets, aliases without an anchor and (by default) duplicate keys with their file, line and column. Anchors and
/// aliases are resolved. Shared by the check scripts, the question bank, the calendar and the indicator catalogue.
/// </summary>
public sealed class YamlTreeReader
{
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Parser _parser;
    private readonly DuplicateKeys _duplicates;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<(SourceLocation At, char Bracket)> _openFlows = new();
    private Mark _lastGood = Mark.Empty;

    private YamlTreeReader(string file, string text, DiagnosticBag diagnostics, DuplicateKeys duplicates)
    {
        _file = file;
        _duplicates = duplicates;
        _diagnostics = diagnostics;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>The document's root, or null after a syntax error (reported) or for an empty document.</summary>
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics, DuplicateKeys duplicates = DuplicateKeys.Report) =>
        new YamlTreeReader(file, text, diagnostics, duplicates).ReadDocument();

    private YamlNode? ReadDocument()
    {
        try
        {
            Next(); // StreamStart
            if (!Next() || _parser.Current is not DocumentStart)
            {
                return null;
            }

            Next();
            return ReadNode();
        }
        catch (YamlException e)
        {
            _diagnostics.Error(At(e.Start), $"YAML syntax error: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 16 throws these instead of a YamlException for some unclosed flow collections.
            var message = _openFlows.TryPeek(out var open)
                ? $"YAML syntax error: this '{open.Bracket}' is never closed"
                : "YAML syntax error: unexpected end of the text";
            _diagnostics.Error(_openFlows.Count > 0 ? open.At : At(_lastGood), message);
        }

        return null;
    }

    private bool Next()
    {
        var moved = _parser.MoveNext();
        if (_parser.Current is { } current)
        {
            _lastGood = current.End;
        }

        return moved;
    }

    private YamlNode ReadNode()
    {
        var current = _parser.Current ?? throw new InvalidOperationException("no YAML event");
        var location = At(current.Start);
        YamlNode node;
        switch (current)
        {
            case AnchorAlias alias:
                Next();
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                _diagnostics.Error(location, $"YAML alias '*{alias.Value.Value}' refers to no anchor");
                return new YamlScalar(location, "", IsPlain: true);
            case Scalar scalar:
                Next();
                node = new YamlScalar(location, scalar.Value, scalar.Style == ScalarStyle.Plain);
                break;
            case SequenceStart sequence:
                node = InFlow(sequence.Style == SequenceStyle.Flow, location, '[', () => ReadSequence(location));
                break;
            case MappingStart mapping:
                node = InFlow(mapping.Style == MappingStyle.Flow, location, '{', () => ReadMapping(location));
                break;
            default:
                throw new InvalidOperationException($"unexpected YAML event {current.GetType().Name}");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } withAnchor)
        {
            _anchors[withAnchor.Anchor.Value] = node;
        }

        return node;
    }

    private YamlNode InFlow(bool isFlow, SourceLocation location, char bracket, Func<YamlNode> read)
    {
        if (!isFlow)
        {
            return read();
        }

        _openFlows.Push((location, bracket));
        var node = read();
        _openFlows.Pop();
        return node;
    }

    private YamlSequence ReadSequence(SourceLocation location)
    {
        Next();
        var items = new List<YamlNode>();
        while (_parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode());
        }

        Next();
        return new YamlSequence(location, items);
    }

    private YamlMapping ReadMapping(SourceLocation location)
    {
        Next();
        var entries = new List<YamlEntry>();
        while (_parser.Current is not MappingEnd)
        {
            var keyNode = ReadNode();
            var value = ReadNode();
            if (keyNode is not YamlScalar key)
            {
                _diagnostics.Error(keyNode.Location, "a mapping key must be a plain text");
            }
            else if (_duplicates == DuplicateKeys.Report && entries.Find(e => e.Key.Value == key.Value) is { } first)
            {
                _diagnostics.Error(key.Location, $"duplicate key '{key.Value}' (first at line {first.Key.Location.Line})");
            }
            else
            {
                entries.Add(new YamlEntry(key, value));
            }
        }

        Next();
        return new YamlMapping(location, entries);
    }

    private SourceLocation At(Mark mark) => new(_file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
