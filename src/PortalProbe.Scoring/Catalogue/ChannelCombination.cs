namespace PortalProbe.Scoring.Catalogue;

/// <summary>How the scores of a city's channels (web, 公众号, app) combine into one score of a leaf.</summary>
public enum ChannelCombination
{
    /// <summary>The best measured channel counts: a citizen can use whichever channel works.</summary>
    Best,

    /// <summary>Every channel must work: the worst measured channel counts.</summary>
    All,
}
