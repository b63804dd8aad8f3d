using System.Security.Cryptography;
using System.Text;
using AltIdShell.Core.Export;

namespace AltIdShell.Core.Tests.Secrets;

/// <summary>The tag that recognises an accepted password is keyed: no bare hash of the password to test guesses against.</summary>
public sealed class PasswordTagTests
{
    [Fact]
    public void One_password_gives_one_tag_and_another_password_another()
    {
        Assert.Equal(PasswordTag.Of("Hemmelig-Ærø"), PasswordTag.Of("Hemmelig-Ærø"));
        Assert.NotEqual(PasswordTag.Of("Hemmelig-Ærø"), PasswordTag.Of("Hemmelig-Ærø "));
        Assert.NotEqual(PasswordTag.Of(null), PasswordTag.Of(""));
    }

    [Theory]
    [InlineData("Hemmelig-Ærø")]
    [InlineData("")]
    public void The_tag_is_no_unkeyed_hash_of_the_password(string password)
    {
        var tag = PasswordTag.Of(password);
        var utf8 = Encoding.UTF8.GetBytes(password);

        Assert.NotEqual(SHA256.HashData(utf8), tag);
        Assert.NotEqual(SHA256.HashData(new byte[] { 1 }.Concat(utf8).ToArray()), tag);
        Assert.NotEqual(HMACSHA256.HashData(Array.Empty<byte>(), new byte[] { 1 }.Concat(utf8).ToArray()), tag);
    }
}
