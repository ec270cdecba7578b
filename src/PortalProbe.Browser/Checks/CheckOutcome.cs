using PortalProbe.Facts;
using PortalProbe.Results;

namespace PortalProbe.Browser.Checks;

/// <summary>What a scenario's check found: its verdict, the reason in a sentence, and the facts it measured.</summary>
internal sealed record CheckOutcome(Verdict Verdict, string Reason, IReadOnlyList<FactValue> Facts);
