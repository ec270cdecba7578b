using PortalProbe.Analysis.Chatbot.Internal;

namespace PortalProbe.Analysis.Tests.Chatbot.Internal;

public sealed class PhraseFinderTests
{
    [TestCase("办理营业执造需要", "营业执照", "营业执造")]
    [TestCase("携带出生医学证名到派出所", "出生医学证明", "出生医学证名")]
    [TestCase("到不动产登记心办理", "不动产登记中心", "不动产登记心")]
    [TestCase("通过国家医保服务台办理", "国家医保服务平台", "国家医保服务台")]
    public void Fuzzy_OneCharacterOff_FindsTheWindow(string text, string phrase, string expected)
    {
        var hit = PhraseFinder.Fuzzy(text, phrase);

        Assert.That(hit, Is.Not.Null);
        Assert.That(text.Substring(hit!.Value.Start, hit.Value.Length), Is.EqualTo(expected));
    }

    [TestCase("携带出生医学证明", "学籍证明")]
    [TestCase("带上身分证", "身份证")]
    [TestCase("营业执造", "营业证照")]
    [TestCase("到社保局办理", "社保卡")]
    [TestCase("医保电子凭据", "电子社保卡")]
    public void Fuzzy_TooFarOrTooShort_FindsNothing(string text, string phrase)
    {
        Assert.That(PhraseFinder.Fuzzy(text, phrase), Is.Null);
    }

    [Test]
    public void Exact_RepeatedPhrase_FindsEveryOccurrence()
    {
        var hits = PhraseFinder.Exact("发票和发票", "发票").ToList();

        Assert.That(hits, Is.EqualTo(new[] { (0, 2), (3, 2) }));
    }
}
