using System;
using System.Threading;

namespace AltIdShell.Core.Pkcs12;

/// <summary>
/// Counts the key-derivation work of one <see cref="Pkcs12File.Open"/> in hash blocks (the unit of
/// <see cref="Pkcs12Limits.MaxDerivationWork"/>), stops it when the caller cancels, and tells the caller how far it
/// has come. The derivation loops call <see cref="Advance"/> every <see cref="Stride"/> iterations: a millisecond or
/// two of hashing, so a cancel stops them at once while the check costs nothing measurable. The MAC check and the
/// decryption run on two threads and share one meter.
/// </summary>
internal sealed class DerivationMeter
{
    /// <summary>Iterations between two checks.</summary>
    public const int Stride = 4096;

    // A progress bar moves in steps of a percent; reporting more often only floods the front end's thread.
    private const double ReportStep = 0.01;

    private readonly CancellationToken _cancellation;
    private readonly IProgress<double>? _progress;
    private readonly long _plannedWork;
    private readonly object _reportLock = new();
    private long _done;
    private double _reported;

    /// <summary>
    /// A meter over <paramref name="plannedWork"/>, the work of the derivations Open expects to run, one password form
    /// each: the share reported to <paramref name="progress"/> is the work done over it, held below 1 until
    /// <see cref="Complete"/>, since a second password form can add to it. <paramref name="cancellation"/> stops them.
    /// </summary>
    public DerivationMeter(CancellationToken cancellation, IProgress<double>? progress, long plannedWork)
    {
        _cancellation = cancellation;
        _progress = progress;
        _plannedWork = Math.Max(1, plannedWork);
    }

    /// <summary>A meter for a derivation nobody watches or cancels (tests and benchmarks of the KDF alone).</summary>
    public static DerivationMeter None { get; } = new(CancellationToken.None, null, 1);

    /// <summary>Adds <paramref name="work"/> hash blocks done; throws OperationCanceledException once cancelled.</summary>
    public void Advance(long work)
    {
        _cancellation.ThrowIfCancellationRequested();
        var done = Interlocked.Add(ref _done, work);
        if (_progress is null)
            return;
        var share = Math.Min(done / (double)_plannedWork, 1 - ReportStep);
        if (share >= _reported + ReportStep)
            Report(share);
    }

    /// <summary>All derivations are done: reports 1.</summary>
    public void Complete()
    {
        if (_progress != null)
            Report(1);
    }

    // Under a lock, so that the two threads' reports arrive in rising order, and a step apart: the other thread may have
    // reported since this one looked. Shares stop below 1 - ReportStep, so 1 is always a step above the last.
    private void Report(double share)
    {
        lock (_reportLock)
        {
            if (share <= _reported || (share < 1 && share < _reported + ReportStep))
                return;
            _reported = share;
            _progress!.Report(share);
        }
    }
}
