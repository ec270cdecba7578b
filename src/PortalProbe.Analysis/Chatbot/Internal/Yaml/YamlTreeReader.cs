using PortalProbe.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PortalProbe.Analysis.Chatbot.Internal.Yaml;

/// <summary>Reads the first YAML document of a text into a <see cref="YamlNode"/> tree, reporting problems with their place.</summary>
internal sealed class YamlTreeReader
{
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Parser _parser;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private Mark _lastGood = Mark.Empty;

    private YamlTreeReader(string file, string text, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>The document's root, or null after a syntax error (reported) or for an empty document.</summary>
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics) =>
        new YamlTreeReader(file, text, diagnostics).ReadDocument();

    private YamlNode? ReadDocument()
    {
        try
        {
            Next(); // StreamStart
            if (!TryNext() || _parser.Current is not DocumentStart)
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
            _diagnostics.Error(At(_lastGood), "YAML syntax error: unexpected end of the text");
        }

        return null;
    }

    private void Next()
    {
        _ = TryNext();
    }

    private bool TryNext()
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
            case SequenceStart:
                node = ReadSequence(location);
                break;
            case MappingStart:
                node = ReadMapping(location);
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
            else if (entries.Find(e => e.Key.Value == key.Value) is { } first)
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
