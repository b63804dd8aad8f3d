using System;
using System.IO;

namespace AltIdShell.Cli.Output;

/// <summary>
/// "Kontrollerer spærring hos OCES-CA'et…" on standard error while the OCSP responder is asked (up to five seconds per
/// file), cleared when it has answered; only at a terminal, where a person waits, never in a script's log.
/// </summary>
internal sealed class RevocationLine
{
    private readonly TextWriter _error;
    private int _shownLength;

    public RevocationLine(TextWriter error) => _error = error;

    public static Action<bool>? For(CliConsole console) => console.ErrorIsTerminal ? new RevocationLine(console.Error).Asking : null;

    public void Asking(bool asking)
    {
        if (asking)
        {
            var line = CliText.CheckingRevocation.ToString();
            _error.Write(line);
            _shownLength = line.Length;
        }
        else if (_shownLength > 0)
        {
            _error.Write("\r" + new string(' ', _shownLength) + "\r");
            _shownLength = 0;
        }
        _error.Flush();
    }
}
