using PortalProbe.Checks.Parsing;

namespace PortalProbe.Checks.Tests.Parsing;

public sealed class SuggestionsTests
{
    [TestCase("clik", "click")]
    [TestCase("wait_for", "wait-for")]
    [TestCase("scrennshot", "screenshot")]
    [TestCase("goot", "goto")]
    public void Closest_WithinTwoEdits_SuggestsTheKeyword(string word, string expected)
    {
        Assert.That(Suggestions.Closest(word, StepParser.Keywords), Is.EqualTo(expected));
    }

    [TestCase("navigate")]
    [TestCase("submit")]
    public void Closest_FartherThanTwoEdits_SuggestsNothing(string word)
    {
        Assert.That(Suggestions.Closest(word, StepParser.Keywords), Is.Null);
    }

    [TestCase("", "abc", 3)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("same", "same", 0)]
    public void Distance_Words_IsLevenshtein(string a, string b, int expected)
    {
        Assert.That(Suggestions.Distance(a, b), Is.EqualTo(expected));
    }
}
