using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AltIdShell.TestSupport;

/// <summary>One certificate the responder knows: good, or revoked since <see cref="RevokedAt"/>, for <see cref="Reason"/> (OpenSSL's name, "certificateHold").</summary>
public sealed record OcspIndexEntry(X509Certificate2 Certificate, DateTimeOffset? RevokedAt = null, string? Reason = null);

/// <summary>
/// An OCSP responder on 127.0.0.1 for tests. OpenSSL decides and signs each answer (`openssl ocsp -index … -reqin`);
/// this class only carries HTTP, because `openssl ocsp -port` of OpenSSL 3.0 listens on every interface. It listens
/// from the start (so a certificate can name its address) and stays silent, holding each connection open without a
/// word, until told what to answer.
/// </summary>
public sealed class OcspResponder : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("altid-ocsp-");
    private readonly List<TcpClient> _held = new();
    private readonly Thread _thread;
    private volatile bool _answers;
    private volatile bool _fails;
    private string[] _validity = { "-ndays", "1" };
    private int _requests;

    public OcspResponder()
    {
        _listener.Start();
        Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/ocsp");
        _thread = new Thread(Serve) { IsBackground = true, Name = "test OCSP responder" };
        _thread.Start();
    }

    public Uri Uri { get; }

    /// <summary>How many connections arrived, answered or not.</summary>
    public int Requests => _requests;

    /// <summary>
    /// From now on, answers for <paramref name="issuer"/>'s certificates, signed by <paramref name="signer"/> (the
    /// issuer unless given), each with thisUpdate now and nextUpdate <paramref name="validDays"/> later, or none when null.
    /// </summary>
    public void AnswerFor(X509Certificate2 issuer, IEnumerable<OcspIndexEntry> known, X509Certificate2? signer = null, int? validDays = 1)
    {
        signer ??= issuer;
        _validity = validDays is { } days ? new[] { "-ndays", days.ToString(CultureInfo.InvariantCulture) } : Array.Empty<string>();
        File.WriteAllText(PathOf("ca.pem"), issuer.ExportCertificatePem());
        File.WriteAllText(PathOf("signer.pem"), signer.ExportCertificatePem());
        File.WriteAllText(PathOf("signer.key"), signer.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        File.WriteAllLines(PathOf("index.txt"), known.Select(IndexLine));
        _answers = true;
    }

    /// <summary>From now on, answers every request with HTTP 500 and no OCSP response.</summary>
    public void FailEveryRequest()
    {
        _fails = true;
        _answers = true;
    }

    /// <summary>An address on 127.0.0.1 where nothing listens.</summary>
    public static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/ocsp");
    }

    public void Dispose()
    {
        _listener.Stop();
        _thread.Join();
        lock (_held)
            _held.ForEach(c => c.Dispose());
        _directory.Delete(recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_directory.FullName, name);

    private void Serve()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = _listener.AcceptTcpClient();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Interlocked.Increment(ref _requests);
            if (!_answers)
            {
                lock (_held)
                    _held.Add(client);
                continue;
            }
            using (client)
            {
                try
                {
                    Answer(client.GetStream());
                }
                catch (Exception e) when (e is IOException or InvalidOperationException)
                {
                    // The client gave up first (its timeout on a loaded machine): nothing to answer, and the
                    // responder must outlive it rather than take the test host down from its own thread.
                }
            }
        }
    }

    private void Answer(NetworkStream stream)
    {
        File.WriteAllBytes(PathOf("request.der"), ReadBody(stream));
        if (_fails)
        {
            stream.Write(Encoding.ASCII.GetBytes("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
            return;
        }
        OpenSsl.Run(new[]
        {
            "ocsp", "-index", PathOf("index.txt"), "-CA", PathOf("ca.pem"), "-rsigner", PathOf("signer.pem"), "-rkey", PathOf("signer.key"),
            "-reqin", PathOf("request.der"), "-respout", PathOf("response.der"),
        }.Concat(_validity));
        var body = File.ReadAllBytes(PathOf("response.der"));
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        stream.Write(head);
        stream.Write(body);
    }

    private static byte[] ReadBody(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfBlankLine(received)) < 0)
            received.AddRange(buffer.Take(ReadSome(stream, buffer)));
        var headers = Encoding.ASCII.GetString(received.Take(headerEnd).ToArray());
        var length = int.Parse(headers.Split("\r\n").Single(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Substring("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
        while (received.Count < headerEnd + 4 + length)
            received.AddRange(buffer.Take(ReadSome(stream, buffer)));
        return received.Skip(headerEnd + 4).Take(length).ToArray();
    }

    private static int ReadSome(NetworkStream stream, byte[] buffer)
    {
        var read = stream.Read(buffer, 0, buffer.Length);
        return read > 0 ? read : throw new EndOfStreamException("the client closed the connection mid-request");
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
                return i;
        }
        return -1;
    }

    /// <summary>A line of OpenSSL's index.txt: status, expiry, revocation time, serial (as BN_bn2hex writes it), file, subject.</summary>
    private static string IndexLine(OcspIndexEntry entry)
    {
        var serial = entry.Certificate.SerialNumber;
        while (serial.StartsWith("00", StringComparison.Ordinal) && serial.Length > 2)
            serial = serial.Substring(2);
        return string.Join("\t",
            entry.RevokedAt is null ? "V" : "R",
            OpenSslTime(entry.Certificate.NotAfter.ToUniversalTime()),
            entry.RevokedAt is { } revoked ? OpenSslTime(revoked.UtcDateTime) + (entry.Reason is { } reason ? "," + reason : "") : "",
            serial, "unknown", "/CN=" + entry.Certificate.GetNameInfo(X509NameType.SimpleName, false));
    }

    private static string OpenSslTime(DateTime utc) => utc.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
}
