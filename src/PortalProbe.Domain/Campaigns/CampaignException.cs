namespace PortalProbe.Campaigns;

/// <summary>A campaign request that cannot be honoured (name taken, another campaign open, unknown campaign).</summary>
public sealed class CampaignException : Exception
{
    public CampaignException(string message) : base(message)
    {
    }

    public CampaignException(string message, Exception inner) : base(message, inner)
    {
    }

    public CampaignException()
    {
    }
}
