using PortalProbe.Diagnostics;
using PortalProbe.Storage.Database.Internal;

namespace PortalProbe.Storage.Tests.Database;

internal sealed class StoredTextTests
{
    [Test]
    public void Timestamp_DifferentOffsets_SortAsTextInTimeOrder()
    {
        var earlier = new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.FromHours(8)); // 01:00 UTC
        var later = new DateTimeOffset(2025, 3, 14, 2, 0, 0, TimeSpan.Zero);

        Assert.That(
            string.CompareOrdinal(StoredText.Timestamp(earlier), StoredText.Timestamp(later)),
            Is.Negative);
    }

    [Test]
    public void ParseTimestamp_StoredValue_IsTheSameInstant()
    {
        var value = new DateTimeOffset(2025, 3, 14, 9, 0, 0, 123, TimeSpan.FromHours(8)).AddTicks(4567);

        Assert.That(StoredText.ParseTimestamp(StoredText.Timestamp(value)), Is.EqualTo(value));
    }

    [TestCase("checks/cities/110000.yaml", 12, 5)]
    [TestCase("C:\\checks\\a:b.yaml", 1, 1)]
    public void ParseLocation_StoredLocation_RoundTrips(string file, int line, int column)
    {
        var location = new SourceLocation(file, line, column);

        Assert.That(StoredText.ParseLocation(StoredText.Location(location)), Is.EqualTo(location));
    }

    [TestCase("no-colons")]
    [TestCase("file:12")]
    [TestCase("file:x:5")]
    [TestCase(":1:2")]
    public void ParseLocation_Malformed_Throws(string text)
    {
        Assert.Throws<InvalidDataException>(() => StoredText.ParseLocation(text));
    }
}
