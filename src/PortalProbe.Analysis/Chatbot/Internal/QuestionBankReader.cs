using PortalProbe.Analysis.Chatbot.Internal.Yaml;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>One file's questions (the valid ones), every id it declares with its place, and its markers.</summary>
internal sealed record BankPart(IReadOnlyList<Question> Questions, IReadOnlyList<(string Id, SourceLocation At)> Ids, JudgeMarkers Markers);

/// <summary>Turns the YAML tree of one question-bank file into questions and markers, reporting every mistake.</summary>
internal sealed class QuestionBankReader(YamlFields fields)
{
    private readonly List<(string Id, SourceLocation At)> _ids = [];

    private static readonly string[] RootKeys = ["questions", "markers"];
    private static readonly string[] MarkerKeys = ["deflection", "menu", "guide"];
    private static readonly string[] QuestionKeys = ["id", "text", "paraphrases", "topic", "required", "optional"];
    private static readonly string[] KeyPointKeys = ["name", "synonyms"];

    public BankPart Read(YamlNode root)
    {
        if (root is not YamlMapping mapping)
        {
            fields.Diagnostics.Error(root.Location, "a question bank must be a mapping with 'questions' and/or 'markers'");
            return new BankPart([], [], JudgeMarkers.None);
        }

        fields.RejectUnknownKeys(mapping, "the question bank", RootKeys);
        if (mapping["questions"] is null && mapping["markers"] is null)
        {
            fields.Diagnostics.Error(mapping.Location, "the question bank has neither 'questions' nor 'markers'");
        }

        var markers = mapping["markers"] is { } m ? Markers(m) : JudgeMarkers.None;
        var questions = mapping["questions"] is { } q && fields.List(q, "'questions'") is { } items
            ? items.Select(QuestionOf).OfType<Question>().ToList()
            : [];
        return new BankPart(questions, _ids, markers);
    }

    private JudgeMarkers Markers(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            fields.Diagnostics.Error(node.Location, "'markers' must be a mapping with deflection, menu and guide lists");
            return JudgeMarkers.None;
        }

        fields.RejectUnknownKeys(mapping, "'markers'", MarkerKeys);
        IReadOnlyList<string> Of(string key) => mapping[key] is { } list ? fields.Texts(list, $"'markers.{key}'") : [];
        return new JudgeMarkers(Of("deflection"), Of("menu"), Of("guide"));
    }

    private Question? QuestionOf(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            fields.Diagnostics.Error(node.Location, "a question must be a mapping with id, text, paraphrases and required");
            return null;
        }

        fields.RejectUnknownKeys(mapping, "a question", QuestionKeys);
        var errorsBefore = fields.Diagnostics.Items.Count;
        var id = fields.Required(mapping, "id", "a question") is { } idNode ? fields.Text(idNode, "'id'") : null;
        var what = id is null ? "the question" : $"question '{id}'";
        if (id is not null)
        {
            _ids.Add((id, mapping.Location)); // kept even when the question has errors, so that duplicates are reported too
        }

        var text = fields.Required(mapping, "text", what) is { } t ? fields.Text(t, "'text'") : null;
        var paraphrases = fields.Required(mapping, "paraphrases", what) is { } p ? fields.Texts(p, "'paraphrases'") : [];
        var topic = mapping["topic"] is { } topicNode ? fields.Texts(topicNode, "'topic'") : [];
        var required = fields.Required(mapping, "required", what) is { } r ? KeyPoints(r, "'required'") : [];
        var optional = mapping["optional"] is { } o ? KeyPoints(o, "'optional'", allowEmpty: true) : [];
        return fields.Diagnostics.Items.Count > errorsBefore || id is null || text is null
            ? null
            : new Question(id, text, paraphrases, topic, required, optional, mapping.Location);
    }

    private List<KeyPoint> KeyPoints(YamlNode node, string what, bool allowEmpty = false) =>
        fields.List(node, what, allowEmpty) is { } items
            ? items.Select(i => KeyPointOf(i, what)).OfType<KeyPoint>().ToList()
            : [];

    private KeyPoint? KeyPointOf(YamlNode node, string what)
    {
        KeyPoint? point = node switch
        {
            YamlScalar scalar when !scalar.IsNull && !string.IsNullOrWhiteSpace(scalar.Value) => KeyPoint.Parse(scalar.Value),
            YamlScalar => null,
            YamlMapping mapping => MappedKeyPoint(mapping, what),
            _ => null,
        };
        if (point is null)
        {
            if (node is YamlScalar)
            {
                fields.Diagnostics.Error(node.Location, $"a key point of {what} has an empty synonym set");
            }
            else if (node is YamlSequence)
            {
                fields.Diagnostics.Error(node.Location, $"a key point of {what} must be a text like 'a|b' or a mapping with name and synonyms");
            }

            return null;
        }

        if (point.BlankSynonyms > 0)
        {
            fields.Diagnostics.Error(node.Location, $"key point '{point.Name}' of {what} has a blank synonym");
            return null;
        }

        return point;
    }

    private KeyPoint? MappedKeyPoint(YamlMapping mapping, string what)
    {
        fields.RejectUnknownKeys(mapping, $"a key point of {what}", KeyPointKeys);
        var synonymsNode = mapping["synonyms"];
        if (synonymsNode is null || synonymsNode is YamlScalar { IsNull: true } || synonymsNode is YamlSequence { Items.Count: 0 })
        {
            fields.Diagnostics.Error(synonymsNode?.Location ?? mapping.Location, $"a key point of {what} has an empty synonym set");
            return null;
        }

        if (synonymsNode is not YamlSequence sequence)
        {
            fields.Diagnostics.Error(synonymsNode.Location, "'synonyms' must be a list");
            return null;
        }

        var synonyms = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } s && !string.IsNullOrWhiteSpace(s.Value)
                && ChineseText.Normalise(s.Value).Value.Length > 0)
            {
                synonyms.Add(s.Value.Trim());
            }
            else
            {
                fields.Diagnostics.Error(item.Location, $"a key point of {what} has a blank synonym");
            }
        }

        var name = mapping["name"] is { } n ? fields.Text(n, "'name'") : null;
        return synonyms.Count == 0 ? null : new KeyPoint(name ?? synonyms[0], synonyms);
    }
}
