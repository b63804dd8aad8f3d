using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Export;

/// <summary>What <see cref="ExportFlow"/> itself says, in Danish and English.</summary>
public static class FlowText
{
    public static LocalizedText Unexpected { get; } = new(
        "Der opstod en uventet fejl: {0}",
        "An unexpected error occurred: {0}");

    public static LocalizedText TookTooLong { get; } = new(
        "Filen kunne ikke læses inden for {0} sekunder; ligger den på et netværksdrev, der ikke svarer? Prøv igen, eller kopiér den til computeren først.",
        "The file could not be read within {0} seconds; is it on a network drive that does not answer? Try again, or copy it to this computer first.");
}
