using PortalProbe.Cli.Sweeps;

namespace PortalProbe.Cli.Tests.Sweeps;

public sealed class SweepParallelismTests
{
    private const long GiB = 1L << 30;

    [TestCase(24 * GiB, 2, 13, TestName = "Compute_TwoCores24GiB_IsBoundByMemoryCeiling")]
    [TestCase(2 * GiB, 2, 2, TestName = "Compute_LittleFreeMemory_IsBoundByMemory")]
    [TestCase(64 * GiB, 1, 7, TestName = "Compute_OneCoreMuchMemory_IsBoundByWaiting")]
    [TestCase(512L << 20, 8, 1, TestName = "Compute_AlmostNoMemory_IsAtLeastOne")]
    [TestCase(256 * GiB, 64, 13, TestName = "Compute_HugeMachine_StaysWithinTheThreeGiBCeiling")]
    public void Compute_MemoryAndCores_FollowsTheDocumentedFormula(long available, int cores, int expected) =>
        Assert.That(SweepParallelism.Compute(available, cores), Is.EqualTo(expected));
}
