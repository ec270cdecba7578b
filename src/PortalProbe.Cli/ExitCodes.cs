namespace PortalProbe.Cli;

/// <summary>The process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Errored = 3;

    /// <summary><c>sweep</c>: another process holds the sweep lease (its sweep runs), so nothing was started.</summary>
    public const int SweepBusy = 4;
    public const int Cancelled = 130;
}
