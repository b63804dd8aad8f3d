using System.Diagnostics;
using System.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// A person at a terminal: util-linux's `script` gives altid-export a real pseudo-terminal, and each answer is typed
/// only once the prompt has appeared, as a person would.
/// </summary>
public sealed class InteractivePromptTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("altid-prompt-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void Asks_without_echo_and_asks_again_after_a_wrong_password()
    {
        var p12 = Path.Combine(_work.FullName, "Testfirma.p12");
        var chain = CertificateFactory.Oces3System(TestClock.ChildProcessNow);
        File.WriteAllBytes(p12, Pkcs12Factory.Build(chain, "Rigtigt-æøå"));

        var screen = Type(p12, "Forkert-kodeord", "Rigtigt-æøå");

        Assert.Equal(2, CountOf(screen, "Password for Testfirma.p12: "));
        Assert.Contains("The password is wrong", screen);
        Assert.Contains("Exported: ", screen);
        Assert.DoesNotContain("Forkert-kodeord", screen);
        Assert.DoesNotContain("Rigtigt", screen);
        Assert.Equal(chain.Leaf.RawData, File.ReadAllBytes(Path.ChangeExtension(p12, ".cer")));
    }

    private static string Type(string p12, params string[] answers)
    {
        var cli = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "altid-export.dll")}' export '{p12}'";
        var start = new ProcessStartInfo("script", new[] { "-qec", cli, "/dev/null" })
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["LC_ALL"] = "en_GB.UTF-8";
        start.Environment.Remove("ALTID_PASSWORD");
        using var process = Process.Start(start)!;
        var screen = new StringBuilder();
        var reader = process.StandardOutput;
        var buffer = new char[256];
        var answered = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var read = reader.ReadAsync(buffer, 0, buffer.Length);
            if (!read.Wait(TimeSpan.FromMinutes(1)) || read.Result == 0)
                break;
            screen.Append(buffer, 0, read.Result);
            if (answered < answers.Length && CountOf(screen.ToString(), "Password for") > answered)
            {
                process.StandardInput.Write(answers[answered++] + "\r");
                process.StandardInput.Flush();
            }
        }
        process.StandardInput.Close();
        process.WaitForExit(TimeSpan.FromMinutes(1));
        return screen.ToString();
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
