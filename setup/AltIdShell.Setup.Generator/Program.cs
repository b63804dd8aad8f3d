using System.Text;
using AltIdShell.Desktop.Registration;
using AltIdShell.Setup.Generator;
using AltIdShell.Setup.Generator.Msix;
using AltIdShell.Setup.Generator.Winget;

// wxi <PerUser|PerMachine> <version> <staging folder> <out.wxi>
// environment <PerUser|PerMachine> <InstallExecuteSequence.idt> <out Environment.idt>
//   (setup/build-msi.sh, for msibuild: the Environment table that puts the install folder on PATH, and its two actions
//    added to the exported sequence in place; see PathEntry)
// installed <PerUser|PerMachine> <install folder> <version>
//   (tests/scripts/msi-under-wine.sh: every registry value the package writes, once installed there, one per line:
//    HKCU|HKLM <tab> key <tab> name (empty for the default value) <tab> value)
// files <version> <staging folder>
//   (tests/scripts/msi-under-wine.sh: where each staged file is installed, relative to the install folder, one per line)
// reg <PerUser|PerMachine> <install folder> <register.reg> <unregister.reg>
//   (setup/register-dev.ps1: a development build is registered without "start with Windows"; unregistering removes that too)
// msix <product version> <logo folder> <out.msix>
//   (the Windows 11 sparse package, unsigned: setup/build-msi.sh signs it through SIGN_HOOK)
// winget <repository url> <out folder> (<user|machine> <msi> <its Property table, as msiinfo exports it>)...
//   (setup/build-msi.sh: the winget manifests of the MSIs as built and signed)
if (args.Length >= 5 && args[0] == "wxi")
{
    var scope = Enum.Parse<InstallScope>(args[1]);
    var staged = Directory.GetFiles(args[3]).Select(Path.GetFileName).OfType<string>();
    WixInclude.Build(scope, args[2], staged).Save(args[4]);
    return 0;
}
if (args.Length >= 4 && args[0] == "environment")
{
    File.WriteAllText(args[2], PathEntry.WithActions(File.ReadAllText(args[2])));
    File.WriteAllText(args[3], PathEntry.Table(Enum.Parse<InstallScope>(args[1])));
    return 0;
}
if (args.Length >= 4 && args[0] == "installed")
{
    var scope = Enum.Parse<InstallScope>(args[1]);
    foreach (var e in ProductRegistration.Entries(scope, MsiInstallLocation.Installed(args[2], args[3])).Where(e => e.Part != RegistrationPart.Autostart))
        Console.WriteLine(string.Join('\t', WixInclude.RootName(e.Root), e.Key, e.Name ?? "", e.Value));
    return 0;
}
if (args.Length >= 3 && args[0] == "files")
{
    foreach (var name in Directory.GetFiles(args[2]).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        Console.WriteLine(InstallLayout.RelativePath(name, args[1]));
    return 0;
}
if (args.Length >= 5 && args[0] == "reg")
{
    var entries = ProductRegistration.Entries(Enum.Parse<InstallScope>(args[1]), new InstallFolder(args[2]));
    // regedit reads UTF-16 with a byte-order mark, which keeps æøå in paths intact whatever the code page.
    File.WriteAllText(args[3], RegFile.Register(entries.Where(e => e.Part != RegistrationPart.Autostart).ToList()), Encoding.Unicode);
    File.WriteAllText(args[4], RegFile.Unregister(entries, ProductRegistration.OwnedKeys()), Encoding.Unicode);
    return 0;
}
if (args.Length >= 4 && args[0] == "msix")
{
    SparsePackage.Write(args[3], args[1], args[2]);
    return 0;
}
if (args.Length >= 6 && args[0] == "winget" && (args.Length - 3) % 3 == 0)
{
    var installers = args.Skip(3).Chunk(3)
        .Select(a => MsiPackage.Read(a[1], a[0], MsiTable.Parse(File.ReadAllText(a[2])))).ToList();
    Directory.CreateDirectory(args[2]);
    foreach (var (fileName, yaml) in WingetManifests.Build(args[1], installers))
        File.WriteAllText(Path.Combine(args[2], fileName), yaml);
    return 0;
}
Console.Error.WriteLine("usage: wxi <PerUser|PerMachine> <version> <staging folder> <out.wxi>");
Console.Error.WriteLine("       environment <PerUser|PerMachine> <InstallExecuteSequence.idt> <out Environment.idt>");
Console.Error.WriteLine("       installed <PerUser|PerMachine> <install folder> <version>");
Console.Error.WriteLine("       files <version> <staging folder>");
Console.Error.WriteLine("       reg <PerUser|PerMachine> <install folder> <register.reg> <unregister.reg>");
Console.Error.WriteLine("       msix <product version> <logo folder> <out.msix>");
Console.Error.WriteLine("       winget <repository url> <out folder> (<user|machine> <msi> <Property.idt>)...");
return 2;
