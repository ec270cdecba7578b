using PortalProbe.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PortalProbe.Scoring.Catalogue.Internal;

/// <summary>Reads the first YAML document of a text into a <see cref="YamlNode"/> tree built from parser events.</summary>
internal sealed class YamlTreeReader
{
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Parser _parser;

    private YamlTreeReader(string file, string text, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>The document's root; null after a syntax error (reported) or for an empty document.</summary>
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics) =>
        new YamlTreeReader(file, text, diagnostics).ReadDocument();

    private YamlNode? ReadDocument()
    {
        try
        {
            _parser.MoveNext(); // StreamStart
            if (!_parser.MoveNext() || _parser.Current is not DocumentStart)
            {
                return null;
            }

            _parser.MoveNext();
            return ReadNode();
        }
        catch (YamlException e)
        {
            _diagnostics.Error(At(e.Start), $"YAML syntax error: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 16 throws these instead of a YamlException for some unclosed flow collections.
            _diagnostics.Error(At(_parser.Current?.Start ?? Mark.Empty), "YAML syntax error: unexpected end of the text");
        }

        return null;
    }

    private YamlNode ReadNode()
    {
        var current = _parser.Current ?? throw new InvalidOperationException("no YAML event");
        var location = At(current.Start);
        switch (current)
        {
            case Scalar scalar:
                _parser.MoveNext();
                return new YamlScalar(location, scalar.Value);
            case SequenceStart:
                return ReadSequence(location);
            case MappingStart:
                return ReadMapping(location);
            case AnchorAlias:
                _parser.MoveNext();
                _diagnostics.Error(location, "YAML aliases are not supported in the indicator catalogue; write the value out");
                return new YamlScalar(location, "");
            default:
                throw new InvalidOperationException($"unexpected YAML event {current.GetType().Name}");
        }
    }

    private YamlSequence ReadSequence(SourceLocation location)
    {
        _parser.MoveNext();
        var items = new List<YamlNode>();
        while (_parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode());
        }

        _parser.MoveNext();
        return new YamlSequence(location, items);
    }

    private YamlMapping ReadMapping(SourceLocation location)
    {
        _parser.MoveNext();
        var entries = new List<YamlEntry>();
        while (_parser.Current is not MappingEnd)
        {
            var keyNode = ReadNode();
            var value = ReadNode();
            if (keyNode is YamlScalar key)
            {
                entries.Add(new YamlEntry(key, value));
            }
            else
            {
                _diagnostics.Error(keyNode.Location, "a mapping key must be a plain text");
            }
        }

        _parser.MoveNext();
        return new YamlMapping(location, entries);
    }

    private SourceLocation At(Mark mark) => new(_file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
