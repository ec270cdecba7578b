using PortalProbe.Browser.Privacy;

namespace PortalProbe.Browser.Tests.Privacy;

internal sealed class SensitiveValuesTests
{
    private const string Ascii = "Probe 2026&<ok>\"";
    private const string Chinese = "张三 丰收";
    private const string Mask = SensitiveValues.Mask;

    /// <summary>
    /// The forms a value takes on its way through a page, a request and a trace, written out by hand rather than
    /// computed with the encoders the engine itself uses, so that the test checks the forms and not the code.
    /// </summary>
    private static IEnumerable<TestCaseData> EncodedForms()
    {
        yield return Case(Ascii, Ascii, "raw");
        yield return Case(Ascii, "Probe 2026&amp;&lt;ok&gt;&quot;", "HTML-encoded");
        yield return Case(Ascii, "Probe%202026%26%3Cok%3E%22", "URL-encoded with %20");
        yield return Case(Ascii, "Probe+2026%26%3Cok%3E%22", "URL-encoded with +");
        yield return Case(Ascii, "Probe 2026\\u0026\\u003Cok\\u003E\\u0022", "JSON-escaped by System.Text.Json");
        yield return Case(Ascii, "Probe 2026&<ok>\\\"", "JSON-escaped by JSON.stringify");
        yield return Case(Chinese, Chinese, "raw");
        yield return Case(Chinese, "%E5%BC%A0%E4%B8%89%20%E4%B8%B0%E6%94%B6", "URL-encoded with %20");
        yield return Case(Chinese, "%E5%BC%A0%E4%B8%89+%E4%B8%B0%E6%94%B6", "URL-encoded with +");
        yield return Case(Chinese, "\\u5F20\\u4E09 \\u4E30\\u6536", "JSON-escaped by System.Text.Json");
        yield return Case(Chinese, "\\u5f20\\u4e09 \\u4e30\\u6536", "JSON-escaped in lower case, as PHP json_encode and Python json.dumps write it");

        // A browser posts a form (and URLSearchParams encodes a query) by the WHATWG urlencoded rules: '*' stays,
        // '!' becomes %21. Strong passwords often hold both.
        yield return Case("Pw!2026*ok", "Pw%212026*ok", "URL-encoded as a browser posts a form");
        yield return Case("Pw 2026!", "Pw%202026!", "URL-encoded by JavaScript's encodeURIComponent");

        static TestCaseData Case(string value, string form, string how) =>
            new TestCaseData(value, form).SetArgDisplayNames(value == Chinese ? "Chinese" : value == Ascii ? "ASCII" : value, how);
    }

    [TestCaseSource(nameof(EncodedForms))]
    public void Redact_EncodedFormOfAValue_IsReplacedByTheMask(string value, string form)
    {
        var sensitive = new SensitiveValues();
        sensitive.Add(value);

        var redacted = sensitive.Redact($"before {form} after");

        Assert.That(redacted, Is.EqualTo($"before {Mask} after"));
    }

    [Test]
    public void Add_ValueShorterThanThreeCharacters_IsIgnored()
    {
        var sensitive = new SensitiveValues();
        sensitive.Add("ab");
        sensitive.Add("");
        sensitive.Add(null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sensitive.Values, Is.Empty);
            Assert.That(sensitive.Redact("ab cd ab"), Is.EqualTo("ab cd ab"));
        }
    }

    [Test]
    public void Add_ValueOfThreeCharacters_IsRedacted()
    {
        var sensitive = new SensitiveValues();
        sensitive.Add("abc");

        Assert.That(sensitive.Redact("xabcx"), Is.EqualTo($"x{Mask}x"));
    }

    [Test]
    public void Redact_ValueContainingAnotherValue_ReplacesTheLongestFirst()
    {
        var sensitive = new SensitiveValues();
        sensitive.Add("secret");
        sensitive.Add("secret-long-value");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sensitive.Redact("a secret-long-value and a secret"), Is.EqualTo($"a {Mask} and a {Mask}"));
            Assert.That(sensitive.Values, Is.EqualTo(new[] { "secret-long-value", "secret" }));
        }
    }

    [Test]
    public void Redact_NoValues_ReturnsTheTextUnchanged()
    {
        var text = "请拨打12345热线";

        Assert.That(new SensitiveValues().Redact(text), Is.SameAs(text));
    }

    [Test]
    public void Add_SameValueTwice_KeepsOneValue()
    {
        var sensitive = new SensitiveValues();
        sensitive.Add("CanaryPw-1");
        sensitive.Add("CanaryPw-1");

        Assert.That(sensitive.Values, Is.EqualTo(new[] { "CanaryPw-1" }));
    }
}
