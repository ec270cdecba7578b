namespace PortalProbe.Facts;

/// <summary>The types a measured fact may have.</summary>
public enum FactType
{
    Boolean,
    Count,
    Ratio,
    Date,
    Duration,
    Text,
}
