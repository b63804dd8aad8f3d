using System.Diagnostics;
using System.Text;
using AltIdShell.TestSupport;

namespace AltIdShell.Cli.Tests;

/// <summary>
/// A person at a terminal: util-linux's `script` gives altid-export a real pseudo-terminal, and each answer is typed
/// only once the prompt has appeared, as a person would.
/// </summary>
[Trait("Category", LinuxTools.Trait)]
public sealed class InteractivePromptTests : IDisposable
{
    private readonly WorkFolder _work = new("altid-prompt-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Asks_without_echo_and_asks_again_after_a_wrong_password()
    {
        var p12 = _work.PathOf("Testfirma.p12");
        var chain = CertificateFactory.Oces3System(TestClock.ChildProcessNow);
        File.WriteAllBytes(p12, Pkcs12Factory.Build(chain, "Rigtigt-æøå"));

        var screen = Type(new[] { "export", p12 }, "Forkert-kodeord", "Rigtigt-æøå");

        Assert.Equal(2, CountOf(screen, "Password for Testfirma.p12: "));
        Assert.Contains("The password is wrong", screen);
        Assert.Contains("Exported: ", screen);
        Assert.DoesNotContain("Forkert-kodeord", screen);
        Assert.DoesNotContain("Rigtigt", screen);
        Assert.Equal(chain.Leaf.RawData, File.ReadAllBytes(Path.ChangeExtension(p12, ".cer")));
    }

    [Fact]
    public void The_terminal_echoes_again_once_the_password_is_read()
    {
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.ChildProcessNow), "Rigtigt"));

        // Echo is switched off for the whole prompt (keys typed between two reads would show otherwise), and back on after.
        var screen = TypeThen(new[] { "inspect", p12 }, "; stty -a", "Rigtigt");

        Assert.Contains("Testfirma systemcertifikat", screen);
        Assert.Matches(@"(^|\s)echo(\s|$)", screen);
        Assert.DoesNotMatch(@"(^|\s)-echo(\s|$)", screen);
    }

    [Fact]
    public void Inspect_gives_the_same_three_tries_as_export()
    {
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.ChildProcessNow), "Rigtigt"));

        var screen = Type(new[] { "inspect", p12 }, "forkert-1", "forkert-2", "Rigtigt");

        Assert.Equal(3, CountOf(screen, "Password for Testfirma.p12: "));
        Assert.Equal(2, CountOf(screen, "The password is wrong"));
        Assert.Contains("Testfirma systemcertifikat", screen);
    }

    [Fact]
    public void Inspect_gives_up_after_three_wrong_passwords()
    {
        var p12 = _work.PathOf("Testfirma.p12");
        File.WriteAllBytes(p12, Pkcs12Factory.Build(CertificateFactory.Oces3System(TestClock.ChildProcessNow), "Rigtigt"));

        var screen = Type(new[] { "inspect", p12 }, "forkert-1", "forkert-2", "forkert-3", "Rigtigt");

        Assert.Equal(3, CountOf(screen, "Password for Testfirma.p12: "));
        Assert.Equal(3, CountOf(screen, "The password is wrong"));
        Assert.DoesNotContain("systemcertifikat", screen);
    }

    [Fact]
    public void In_a_batch_the_second_file_with_its_own_password_is_asked_for_it_without_being_told_it_was_wrong()
    {
        var first = _work.PathOf("Første.p12");
        var second = _work.PathOf("Anden.p12");
        var chain = CertificateFactory.Oces3System(TestClock.ChildProcessNow);
        File.WriteAllBytes(first, Pkcs12Factory.Build(chain, "kode-1"));
        File.WriteAllBytes(second, Pkcs12Factory.Build(chain, "kode-2"));

        var screen = Type(new[] { "export", first, second }, "kode-1", "kode-2");

        Assert.Contains("Password for Første.p12: ", screen);
        Assert.Contains("The password for the previous file does not open Anden.p12; it has its own.", screen);
        Assert.Contains("Password for Anden.p12: ", screen);
        Assert.DoesNotContain("The password is wrong", screen);
        Assert.True(File.Exists(Path.ChangeExtension(second, ".cer")));
    }

    private static string Type(string[] arguments, params string[] answers) => TypeThen(arguments, "", answers);

    /// <summary>As <see cref="Type"/>, with <paramref name="then"/> run in the same terminal after altid-export.</summary>
    private static string TypeThen(string[] arguments, string then, params string[] answers)
    {
        var cli = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "altid-export.dll")}' " + string.Join(" ", arguments.Select(a => $"'{a}'")) + then;
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
