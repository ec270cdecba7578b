namespace PortalProbe.Storage.Evidence;

/// <summary>What one pass of evidence retention did.</summary>
/// <param name="Cutoff">Runs started before this instant are outside the retention window.</param>
/// <param name="FilesDeleted">Evidence files deleted.</param>
/// <param name="BytesFreed">Their size on disk.</param>
/// <param name="RowsMarked">Evidence rows marked pruned; one file can back the rows of many runs.</param>
/// <param name="FilesKept">Files of old runs kept because a run inside the window uses them too.</param>
public sealed record EvidencePruning(DateTimeOffset Cutoff, int FilesDeleted, long BytesFreed, int RowsMarked, int FilesKept);
