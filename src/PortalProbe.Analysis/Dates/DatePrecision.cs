namespace PortalProbe.Analysis.Dates;

public enum DatePrecision
{
    /// <summary>The text names a day.</summary>
    Day,

    /// <summary>The text names only a month (2024年5月); see <see cref="PublicationDate.Date"/> for the day it stands for.</summary>
    Month,
}
