using PortalProbe.Results;

namespace PortalProbe.Storage.Tests.Support;

/// <summary>
/// Compares results field by field. Records holding lists are not equal by value, so a plain
/// <c>Is.EqualTo</c> would compare list references; this walks every level and names the field that differs.
/// </summary>
internal static class ResultAssert
{
    public static void AreEquivalent(CityRunResult expected, CityRunResult actual)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.RunId, Is.EqualTo(expected.RunId), "RunId");
            Assert.That(actual.City, Is.EqualTo(expected.City), "City");
            Assert.That(actual.StartedAt, Is.EqualTo(expected.StartedAt), "StartedAt");
            Assert.That(actual.FinishedAt, Is.EqualTo(expected.FinishedAt), "FinishedAt");
            Assert.That(actual.Complete, Is.EqualTo(expected.Complete), "Complete");
            Assert.That(actual.ExitCode, Is.EqualTo(expected.ExitCode), "ExitCode");
            Assert.That(actual.Scenarios.Select(s => s.Scenario), Is.EqualTo(expected.Scenarios.Select(s => s.Scenario)), "scenario order");
        }

        foreach (var (e, a) in expected.Scenarios.Zip(actual.Scenarios))
        {
            AreEquivalent(e, a);
        }
    }

    public static void AreEquivalent(ScenarioResult expected, ScenarioResult actual)
    {
        var at = $"scenario {expected.Scenario}";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.Scenario, Is.EqualTo(expected.Scenario), $"{at}: Scenario");
            Assert.That(actual.Kind, Is.EqualTo(expected.Kind), $"{at}: Kind");
            Assert.That(actual.Channel, Is.EqualTo(expected.Channel), $"{at}: Channel");
            Assert.That(actual.Verdict, Is.EqualTo(expected.Verdict), $"{at}: Verdict");
            Assert.That(actual.Flaky, Is.EqualTo(expected.Flaky), $"{at}: Flaky");
            Assert.That(actual.Reason, Is.EqualTo(expected.Reason), $"{at}: Reason");
            Assert.That(actual.Duration, Is.EqualTo(expected.Duration), $"{at}: Duration");
            Assert.That(actual.Facts, Is.EqualTo(expected.Facts), $"{at}: Facts");
            Assert.That(actual.Attempts, Has.Count.EqualTo(expected.Attempts.Count), $"{at}: attempt count");
        }

        foreach (var (e, a) in expected.Attempts.Zip(actual.Attempts))
        {
            AreEquivalent(at, e, a);
        }
    }

    private static void AreEquivalent(string scenario, AttemptResult expected, AttemptResult actual)
    {
        var at = $"{scenario}, attempt {expected.Number}";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.Number, Is.EqualTo(expected.Number), $"{at}: Number");
            Assert.That(actual.Verdict, Is.EqualTo(expected.Verdict), $"{at}: Verdict");
            Assert.That(actual.Reason, Is.EqualTo(expected.Reason), $"{at}: Reason");
            Assert.That(actual.Hint, Is.EqualTo(expected.Hint), $"{at}: Hint");
            Assert.That(actual.StartedAt, Is.EqualTo(expected.StartedAt), $"{at}: StartedAt");
            Assert.That(actual.Duration, Is.EqualTo(expected.Duration), $"{at}: Duration");

            // StepResult and EvidenceRef hold no lists, so record equality compares every field.
            Assert.That(actual.Steps, Is.EqualTo(expected.Steps), $"{at}: Steps");
            Assert.That(actual.Evidence, Is.EqualTo(expected.Evidence), $"{at}: Evidence");
        }
    }
}
