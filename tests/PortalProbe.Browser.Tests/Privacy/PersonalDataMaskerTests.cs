using PortalProbe.Browser.Privacy;

namespace PortalProbe.Browser.Tests.Privacy;

internal sealed class PersonalDataMaskerTests
{
    [TestCase("请拨打13812345678咨询", "请拨打138****5678咨询")]
    [TestCase("13812345678", "138****5678")]
    [TestCase("联系电话：19912345678，备用 15000000001。", "联系电话：199****5678，备用 150****0001。")]
    [TestCase("tel:17712345678", "tel:177****5678")]
    public void Mask_MobileNumber_KeepsThreeDigitsAndFour(string text, string expected)
    {
        Assert.That(PersonalDataMasker.Mask(text), Is.EqualTo(expected));
    }

    [TestCase("提交时间 1732200000000", TestName = "Mask_ThirteenDigitTimestamp_IsLeftAlone")]
    [TestCase("工单编号 HZ202611220001", TestName = "Mask_TicketNumber_IsLeftAlone")]
    [TestCase("编号 HZ2026113812345678", TestName = "Mask_MobileLikeDigitsInsideATicketNumber_AreLeftAlone")]
    [TestCase("订单 138123456789", TestName = "Mask_TwelveDigitRunStartingLikeAMobile_IsLeftAlone")]
    [TestCase("请拨打12345，或 12345678901", TestName = "Mask_NumberStartingWith12_IsLeftAlone")]
    public void Mask_NotAMobileNumber_IsLeftAlone(string text)
    {
        Assert.That(PersonalDataMasker.Mask(text), Is.EqualTo(text));
    }

    [TestCase("身份证号110105194912310021。", "身份证号1101**********0021。")]
    [TestCase("身份证号 11010519491231002X", "身份证号 1101**********002X")]
    [TestCase("id=11010519491231002x&", "id=1101**********002x&")]
    public void Mask_IdentityNumber_KeepsFourCharactersAndFour(string text, string expected)
    {
        Assert.That(PersonalDataMasker.Mask(text), Is.EqualTo(expected));
    }

    [Test]
    public void Mask_NineteenDigitRun_IsNotAnIdentityNumber()
    {
        Assert.That(PersonalDataMasker.Mask("流水号 1101051949123100219"), Is.EqualTo("流水号 1101051949123100219"));
    }

    [Test]
    public void Mask_MobileAndIdentityNumberInOneText_MasksBoth()
    {
        var masked = PersonalDataMasker.Mask("张三，13812345678，110105194912310021");

        Assert.That(masked, Is.EqualTo("张三，138****5678，1101**********0021"));
    }
}
