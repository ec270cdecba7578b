using PortalProbe.Analysis.Calendar;
using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Tests.Calendar;

/// <summary>Every mistake in a calendar file is reported at its line and column, all at once.</summary>
public sealed class CalendarFileTests
{
    private const string File = "cal.yaml";

    [Test]
    public void Parse_ValidYear_GivesItsHolidaysAndWorkdays()
    {
        var result = WorkdayCalendar.Parse(
            """
            years:
              2024:
                source: 国办发明电〔2023〕7号
                holidays:
                  - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
                  - name: 端午节
                    from: 2024-06-10
                workdays: [2024-02-04, 2024-02-18]
            """, File);

        Assert.That(result.Diagnostics, Is.Empty);
        var year = result.Calendar!.Year(2024)!;
        Assert.That(year.Source, Is.EqualTo("国办发明电〔2023〕7号"));
        Assert.That(year.Holidays, Is.EqualTo(new[]
        {
            new Holiday("春节", new DateOnly(2024, 2, 10), new DateOnly(2024, 2, 17)),
            new Holiday("端午节", new DateOnly(2024, 6, 10), new DateOnly(2024, 6, 10)),
        }));
        Assert.That(year.AdjustedWorkdays, Is.EqualTo(new[] { new DateOnly(2024, 2, 4), new DateOnly(2024, 2, 18) }));
    }

    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 春节
                from: 2024-02-30
        """, 5, 15, "'2024-02-30' is not a date; write 'from' as yyyy-MM-dd", TestName = "Parse_ImpossibleDate_IsReportedAtTheValue")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 春节
                from: 2024/02/10
        """, 5, 15, "'2024/02/10' is not a date", TestName = "Parse_DateInAnotherFormat_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 春节
                from: 2024-02-10
                to: 2024-02-07
        """, 6, 13, "this holiday ends (2024-02-07) before it starts (2024-02-10)", TestName = "Parse_RangeEndingBeforeItStarts_IsReportedAtTheEnd")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 春节
                from: 2024-02-10
                to: 2024-02-17
            workdays:
              - 2024-02-11
        """, 8, 9, "2024-02-11 is both an adjusted workday and in the holiday 春节 (line 4)", TestName = "Parse_HolidayThatIsAlsoAWorkday_IsReportedAtTheWorkday")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 元旦
                from: 2023-12-30
                to: 2024-01-01
        """, 5, 15, "2023-12-30 is not in 2024; each year lists only its own dates", TestName = "Parse_HolidayStartingInAnotherYear_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - { name: 元旦, from: 2024-01-01 }
            workdays:
              - 2025-01-04
        """, 6, 9, "2025-01-04 is not in 2024", TestName = "Parse_WorkdayInAnotherYear_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - { name: 元旦, from: 2024-01-01 }
          2024:
            holidays:
              - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
        """, 5, 3, "year 2024 is listed twice (first at line 2)", TestName = "Parse_DuplicateYear_IsReportedAtTheSecond")]
    [TestCase(
        """
        years:
          24:
            holidays:
              - { name: 元旦, from: 2024-01-01 }
        """, 2, 3, "'24' is not a year; write four digits such as 2024", TestName = "Parse_ShortYear_IsReported")]
    [TestCase(
        """
        version: 1
        years:
          2024:
            holidays:
              - { name: 元旦, from: 2024-01-01 }
        """, 1, 1, "unknown key 'version' in the calendar; expected 'years'", TestName = "Parse_UnknownTopLevelKey_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - { name: 元旦, from: 2024-01-01 }
            workday:
              - 2024-02-04
        """, 5, 5, "unknown key 'workday' in year 2024; expected 'source', 'holidays', 'workdays'", TestName = "Parse_UnknownYearKey_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 春节
                date: 2024-02-10
                from: 2024-02-10
        """, 5, 9, "unknown key 'date' in a holiday; expected 'name', 'from', 'to'", TestName = "Parse_UnknownHolidayKey_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 春节
                from: 2024-02-10
                from: 2024-02-11
        """, 6, 9, "'from' is given twice in a holiday (first at line 5)", TestName = "Parse_DuplicateHolidayKey_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 国庆
                from: 2024-10-01
        """, 4, 15, "'国庆' is not a holiday name; expected one of 元旦、春节、清明节、劳动节、端午节、中秋节、国庆节", TestName = "Parse_UnknownHolidayName_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - name: 春节
        """, 4, 9, "this holiday has no 'from' date", TestName = "Parse_HolidayWithoutFrom_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - from: 2024-02-10
        """, 4, 9, "this holiday has no 'name'", TestName = "Parse_HolidayWithoutName_IsReported")]
    [TestCase(
        """
        years:
          2027:
            source: not yet announced
        """, 3, 5, "year 2027 has no 'holidays'; leave a year out until its announcement is published", TestName = "Parse_YearWithoutHolidays_IsReported")]
    [TestCase(
        """
        years:
          2027:
            holidays: []
        """, 3, 15, "'holidays' of 2027 must be a list of { name, from, to }, and not an empty one", TestName = "Parse_YearWithEmptyHolidays_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
              - { name: 元旦, from: 2024-02-17 }
        """, 5, 9, "this 元旦 overlaps 春节 (line 4)", TestName = "Parse_OverlappingHolidays_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
            workdays:
              - 2024-02-04
              - 2024-02-04
        """, 7, 9, "2024-02-04 is listed twice (first at line 6)", TestName = "Parse_DuplicateWorkday_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
            workdays: 2024-02-04
        """, 5, 15, "'workdays' of 2024 must be a list of dates", TestName = "Parse_WorkdaysNotAList_IsReported")]
    [TestCase(
        """
        years:
          2024:
            holidays:
              - { name: 春节, from: 2024-02-10, to: [2024-02-17 }
        """, 4, 55, "YAML syntax error", TestName = "Parse_YamlSyntaxError_IsReportedWithItsPlace")]
    [TestCase("", 1, 1, "the calendar is empty", TestName = "Parse_EmptyFile_IsReported")]
    [TestCase("- 2024", 1, 1, "expected a mapping with a 'years' key", TestName = "Parse_ListAtTopLevel_IsReported")]
    [TestCase("years: 2024", 1, 8, "'years' must map each year", TestName = "Parse_YearsNotAMapping_IsReported")]
    public void Parse_Mistake_IsAnErrorAtItsPlace(string yaml, int line, int column, string message)
    {
        var result = WorkdayCalendar.Parse(yaml, File);

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.That(result.Calendar, Is.Null);
        Assert.That(errors.Select(d => d.ToString()), Has.Some.StartsWith($"{File}:{line}:{column}: error: ").And.Contains(message));
    }

    [Test]
    public void Parse_SeveralMistakes_ReportsEveryOneInLineOrder()
    {
        var result = WorkdayCalendar.Parse(
            """
            years:
              2024:
                holidays:
                  - name: 春节
                    from: 2024-02-10
                    to: 2024-02-07
                  - name: 清明
                    from: 2024-04-31
                workdays:
                  - 2025-01-01
                colour: red
            """, File);

        Assert.That(result.Diagnostics.Select(d => (d.Location.Line, d.Location.Column)), Is.EqualTo(new[]
        {
            (6, 13), (7, 15), (8, 15), (10, 9), (11, 5),
        }));
        Assert.That(result.Diagnostics, Is.All.Matches<Diagnostic>(d => d.IsError));
    }

    [Test]
    public void Parse_AdjustedWorkdayOnAWeekday_IsAWarningAndTheCalendarLoads()
    {
        var result = WorkdayCalendar.Parse(
            """
            years:
              2024:
                holidays:
                  - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
                workdays:
                  - 2024-02-07
            """, File);

        Assert.That(result.Calendar, Is.Not.Null);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "cal.yaml:6:9: warning: 2024-02-07 is a Wednesday, a working day anyway; adjusted workdays are weekend days",
        }));
    }

    [Test]
    public void Load_MissingFile_IsAnErrorAtTheStartOfThePath()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-calendar.yaml");

        var result = WorkdayCalendar.Load(path);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single().ToString(), Does.StartWith($"{path}:1:1: error: cannot read the calendar"));
    }

    [Test]
    public void Load_FileWithMistake_NamesThePathInTheDiagnostic()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"calendar-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, "years:\n  2024:\n    holidays:\n      - { name: 春节, from: 2024-02-10, to: 2024-02-17 }\n    workdays: [2024-02-11]\n");
        try
        {
            var result = WorkdayCalendar.Load(path);

            Assert.That(result.Diagnostics.Single().ToString(), Does.StartWith($"{path}:5:16: error: 2024-02-11 is both"));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
