using System.Text;
using AltIdShell.Desktop.Registration;
using AltIdShell.Setup.Generator;
using AltIdShell.Setup.Generator.Msix;

// wxi <PerUser|PerMachine> <staging folder> <out.wxi>
// reg <PerUser|PerMachine> <install folder> <register.reg> <unregister.reg>
//   (setup/register-dev.ps1: a development build is registered without "start with Windows"; unregistering removes that too)
// msix <product version> <logo folder> <out.msix>
//   (the Windows 11 sparse package, unsigned: setup/build-msi.sh signs it through SIGN_HOOK)
if (args.Length >= 4 && args[0] == "wxi")
{
    var scope = Enum.Parse<InstallScope>(args[1]);
    var staged = Directory.GetFiles(args[2]).Select(Path.GetFileName).OfType<string>();
    WixInclude.Build(scope, staged).Save(args[3]);
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
Console.Error.WriteLine("usage: wxi <PerUser|PerMachine> <staging folder> <out.wxi>");
Console.Error.WriteLine("       reg <PerUser|PerMachine> <install folder> <register.reg> <unregister.reg>");
Console.Error.WriteLine("       msix <product version> <logo folder> <out.msix>");
return 2;
