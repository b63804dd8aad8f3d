using System;
using System.Collections.Generic;
using AltIdShell.Core.Text;

namespace AltIdShell.Desktop.Launch;

/// <summary>
/// Why the tray refuses a start, in the words of its message box (<see cref="Tray.TrayText.ErrorLaunch"/>). Only a full
/// path is quoted, escaped (<see cref="DisplayText"/>); an argument that is no full path, or an option's value, may be a
/// password and is never repeated.
/// </summary>
public static class LaunchProblemText
{
    public static LocalizedText UnrecognisedUri { get; } = new("en altidshell:-adresse, som AltIdShell ikke kender", "an altidshell: address AltIdShell does not know");
    public static LocalizedText SelectionDidNotArrive { get; } = new(
        "markeringen fra Stifinder nåede ikke frem; prøv igen", "the selection from File Explorer did not arrive; try again");
    public static LocalizedText SelectionTooLarge { get; } = new(
        "markeringen er større, end AltIdShell kan tage imod", "the selection is larger than AltIdShell accepts");
    public static LocalizedText SelectionNotOnlyPkcs12 { get; } = new(
        "markeringen indeholder andet end .p12/.pfx-filer", "the selection holds other things than .p12/.pfx files");
    /// <summary>{0}: the option's name.</summary>
    public static LocalizedText UnknownOption { get; } = new("ukendt tilvalg {0}", "unknown option {0}");
    public static LocalizedText CheckWithoutFiles { get; } = new("--check uden filer", "--check without files");
    /// <summary>{0}: how many files; {1}: the most a start takes.</summary>
    public static LocalizedText TooManyFiles { get; } = new(
        "{0:N0} filer er valgt; AltIdShell tager højst {1:N0} ad gangen", "{0:N0} files are selected; AltIdShell takes at most {1:N0} at a time");
    public static LocalizedText PathsTooLong { get; } = new("filernes stier er tilsammen for lange", "the paths of the files are too long in total");

    public static LocalizedText EmptyPath { get; } = new("en tom sti", "an empty path");
    public static LocalizedText PathTooLong { get; } = new("en sti, der er længere, end Windows tillader", "a path longer than Windows allows");
    public static LocalizedText PathWithControlCharacter { get; } = new("et argument med et kontroltegn", "an argument with a control character");
    public static LocalizedText PathNotAbsolute { get; } = new("et argument, der ikke er en fuld sti til en fil", "an argument that is not a full path to a file");

    // {0}: the path, a full one.
    public static LocalizedText PathWithRelativeSegment { get; } = new("stien indeholder . eller ..: {0}", "the path holds . or ..: {0}");
    /// <summary>{0}: the path; {1}: the extensions taken, ".p12/.pfx".</summary>
    public static LocalizedText NotCertificateFile { get; } = new("ikke en {1}-fil: {0}", "not a {1} file: {0}");
    public static LocalizedText FileMissing { get; } = new("filen findes ikke: {0}", "the file does not exist: {0}");

    /// <summary>Why <paramref name="path"/> does not count, when <see cref="CertificatePath.Check(string?, PathStyle, Func{string, bool}, IReadOnlyList{string})"/> refused it.</summary>
    public static LocalizedText For(PathRejection rejection, string path, IReadOnlyList<string> extensions)
    {
        var shown = DisplayText.Escape(path);
        return rejection switch
        {
            PathRejection.Empty => EmptyPath,
            PathRejection.TooLong => PathTooLong,
            PathRejection.ControlCharacter => PathWithControlCharacter,
            PathRejection.NotAbsolute => PathNotAbsolute,
            PathRejection.RelativeSegment => PathWithRelativeSegment.Format(shown),
            PathRejection.NotCertificateFile => NotCertificateFile.Format(shown, string.Join("/", extensions)),
            PathRejection.Missing => FileMissing.Format(shown),
            _ => throw new ArgumentOutOfRangeException(nameof(rejection)),
        };
    }
}
