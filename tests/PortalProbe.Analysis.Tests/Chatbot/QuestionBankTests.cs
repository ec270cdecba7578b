using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

public sealed class QuestionBankTests
{
    private const string Valid = """
        markers:
          deflection: [抱歉]
        questions:
          - id: social-card
            text: 社保卡丢了怎么补办？
            paraphrases: [社保卡遗失去哪补？]
            topic: [社保卡]
            required:
              - 挂失
              - name: 补办渠道
                synonyms: [银行网点, 社保服务网点]
            optional:
              - 工本费|补卡费
        """;

    [Test]
    public void Parse_ValidBank_ReadsQuestionsKeyPointsAndMarkers()
    {
        var loaded = QuestionBank.Parse("bank.yaml", Valid);

        Assert.That(loaded.Diagnostics, Is.Empty);
        var question = loaded.Value!.Questions.Single();
        Assert.That(question.Id, Is.EqualTo("social-card"));
        Assert.That(question.Required.Select(p => p.Name), Is.EqualTo(new[] { "挂失", "补办渠道" }));
        Assert.That(question.Required[1].Synonyms, Is.EqualTo(new[] { "银行网点", "社保服务网点" }));
        Assert.That(question.Optional.Single().Synonyms, Is.EqualTo(new[] { "工本费", "补卡费" }));
        Assert.That(question.Location!.ToString(), Is.EqualTo("bank.yaml:4:5"));
        Assert.That(loaded.Value.Markers.Deflection, Is.EqualTo(new[] { "抱歉" }));
    }

    [Test]
    public void Parse_EveryKindOfMistake_ReportsEachWithItsPlaceAndNoValue()
    {
        const string text = """
            questions:
              - id: a
                text: 问题一
                paraphrases: [问法]
                answer: 不该有
                required:
                  - name: 空
                    synonyms: []
                  - 挂失||补办
              - id: a
                text: 问题二
                paraphrases: [问法]
                required: [挂失]
              - id: b
                paraphrases: []
                required: []
            colour: red
            """;

        var loaded = QuestionBank.Parse("bank.yaml", text);

        Assert.That(loaded.Value, Is.Null);
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.EquivalentTo(new[]
        {
            "bank.yaml:17:1: error: unknown key 'colour' in the question bank (expected one of: questions, markers)",
            "bank.yaml:5:5: error: unknown key 'answer' in a question (expected one of: id, text, paraphrases, topic, required, optional)",
            "bank.yaml:8:19: error: a key point of 'required' has an empty synonym set",
            "bank.yaml:9:9: error: key point '挂失' of 'required' has a blank synonym",
            "bank.yaml:14:5: error: question 'b' has no 'text'",
            "bank.yaml:15:18: error: 'paraphrases' is an empty list",
            "bank.yaml:16:15: error: 'required' is an empty list",
            "bank.yaml:10:5: error: duplicate question id 'a' (first at bank.yaml:2:5)",
        }));
    }

    [Test]
    public void Parse_DuplicateKey_ReportsBothLines()
    {
        const string text = """
            questions:
              - id: a
                id: b
                text: 问题
                paraphrases: [问法]
                required: [挂失]
            """;

        var loaded = QuestionBank.Parse("bank.yaml", text);

        Assert.That(loaded.Diagnostics.Single().ToString(), Is.EqualTo("bank.yaml:3:5: error: duplicate key 'id' (first at line 2)"));
    }

    [Test]
    public void Parse_YamlSyntaxError_ReportsItsPlace()
    {
        var loaded = QuestionBank.Parse("bank.yaml", "questions:\n  - id: [a\n");

        Assert.That(loaded.Diagnostics.Single().Location.File, Is.EqualTo("bank.yaml"));
        Assert.That(loaded.Diagnostics.Single().Message, Does.StartWith("YAML syntax error"));
    }

    [Test]
    public void Parse_EmptyText_SaysTheFileIsEmpty()
    {
        var loaded = QuestionBank.Parse("bank.yaml", "# only a comment\n");

        Assert.That(loaded.Diagnostics.Single().ToString(), Is.EqualTo("bank.yaml:1:1: error: the file is empty"));
    }

    [Test]
    public void Load_FolderWithTheSameIdInTwoFiles_ReportsTheDuplicateAcrossFiles()
    {
        var folder = Directory.CreateTempSubdirectory("bank-");
        try
        {
            const string question = "questions:\n  - id: same\n    text: 问题\n    paraphrases: [问法]\n    required: [挂失]\n";
            File.WriteAllText(Path.Combine(folder.FullName, "a.yaml"), question);
            File.WriteAllText(Path.Combine(folder.FullName, "b.yaml"), question);

            var loaded = QuestionBank.Load(folder.FullName);

            var expected = $"{Path.Combine(folder.FullName, "b.yaml")}:2:5: error: duplicate question id 'same' (first at {Path.Combine(folder.FullName, "a.yaml")}:2:5)";
            Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { expected }));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Load_MissingFile_ReportsItCannotBeRead()
    {
        var loaded = QuestionBank.Load(Path.Combine(Path.GetTempPath(), "no-such-bank-" + Guid.NewGuid() + ".yaml"));

        Assert.That(loaded.Diagnostics.Single().Message, Does.StartWith("cannot read the file"));
    }
}
