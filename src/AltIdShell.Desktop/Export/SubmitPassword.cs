using System;
using System.Threading;
using System.Threading.Tasks;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Export;

/// <summary>
/// Tries a password the user submitted: null when it was accepted, else the complaint to show (wrong password) with
/// the prompt left open. <paramref name="cancellation"/> is the prompt's Cancel, which stops a long key derivation
/// (OperationCanceledException); <paramref name="progress"/> hears its share done, 0 to 1.
/// </summary>
public delegate Task<LocalizedText?> SubmitPassword(string password, CancellationToken cancellation, IProgress<double>? progress);
