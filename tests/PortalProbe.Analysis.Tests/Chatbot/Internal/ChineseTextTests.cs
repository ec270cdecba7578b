using PortalProbe.Analysis.Chatbot.Internal;

namespace PortalProbe.Analysis.Tests.Chatbot.Internal;

public sealed class ChineseTextTests
{
    [TestCase("ＡＢＣ１２３", "abc123")]
    [TestCase("营业　执照，请登录！", "营业执照请登录")]
    [TestCase("  身份证 \t\n 户口簿 ", "身份证户口簿")]
    [TestCase("“一网通办”（企业开办）", "一网通办企业开办")]
    [TestCase("①户籍 ②社保", "1户籍2社保")]
    [TestCase("７×２４小时，90%", "724小时90")]
    [TestCase("掌上１２３３３ＡＰＰ", "掌上12333app")]
    [TestCase("", "")]
    public void Normalise_MixedWidthsAndPunctuation_KeepsOnlyLettersAndDigits(string text, string expected)
    {
        Assert.That(ChineseText.Normalise(text).Value, Is.EqualTo(expected));
    }

    [Test]
    public void ToOriginal_SpanAfterDroppedPunctuation_PointsIntoTheOriginalText()
    {
        var text = ChineseText.Normalise("您好，营业 执照。");

        var (offset, length) = text.ToOriginal(2, 4);

        Assert.That(text.Original.Substring(offset, length), Is.EqualTo("营业 执照"));
    }

    [Test]
    public void ToOriginal_FullWidthDigits_MapsEachToItsOwnCharacter()
    {
        var text = ChineseText.Normalise("拨打１２３４５");

        var (offset, length) = text.ToOriginal(2, 5);

        Assert.That((offset, length), Is.EqualTo((2, 5)));
    }
}
