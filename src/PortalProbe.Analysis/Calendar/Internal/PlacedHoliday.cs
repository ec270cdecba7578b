using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Calendar.Internal;

/// <summary>A holiday with the place of its entry, so that later entries can point back at it.</summary>
internal sealed record PlacedHoliday(Holiday Holiday, SourceLocation Location);
