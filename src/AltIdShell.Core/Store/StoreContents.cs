using System.Collections.Generic;

namespace AltIdShell.Core.Store;

/// <summary>What the stores held, and which of them could not be read (LocalMachine\My for a user without rights, or on Linux).</summary>
public sealed record StoreContents(IReadOnlyList<StoreEntry> Entries, IReadOnlyList<CertificateStoreLocation> Unreadable);
