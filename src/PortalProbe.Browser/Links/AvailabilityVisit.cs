namespace PortalProbe.Browser.Links;

/// <summary>One visit of an entry page in Chromium: whether it was open within the timeout, its status and how long it took.</summary>
public sealed record AvailabilityVisit(Uri Url, DateTimeOffset At, bool Open, int? Status, TimeSpan LoadTime, string? Error);
