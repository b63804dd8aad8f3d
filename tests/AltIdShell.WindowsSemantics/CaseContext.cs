namespace AltIdShell.WindowsSemantics;

/// <summary>What every case needs: the CLI under test, a folder of its own, the sample and the bytes it must give.</summary>
internal sealed record CaseContext(string Cli, string WorkFolder, byte[] SampleP12, byte[] ExpectedCer, string Password)
{
    /// <summary>A fresh folder for one case; a name with a space and æøå, as Danish users' folders have.</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(WorkFolder, name + " æøå");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Puts the sample into <paramref name="folder"/> under <paramref name="fileName"/>; returns its path.</summary>
    public string PlaceSample(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, SampleP12);
        return path;
    }

    public CliRun Export(params string[] arguments) => CliRun.Export(Cli, Password, arguments);
}
