namespace PortalProbe.Overrides;

/// <summary>The evaluators' overrides, kept as an append-only history.</summary>
public interface IOverrideStore
{
    /// <summary>Appends a row; nothing earlier is changed.</summary>
    /// <exception cref="OverrideException">The city was never run, or a removal has nothing in force to remove.</exception>
    Task<IndicatorOverride> AddAsync(NewOverride entry, CancellationToken cancellationToken);

    /// <summary>Every row, oldest first; of one city when <paramref name="cityCode"/> is given.</summary>
    Task<IReadOnlyList<IndicatorOverride>> HistoryAsync(string? cityCode, CancellationToken cancellationToken);
}
