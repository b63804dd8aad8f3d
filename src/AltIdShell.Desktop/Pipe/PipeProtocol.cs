using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AltIdShell.Desktop.Activation;
using AltIdShell.Desktop.Launch;

namespace AltIdShell.Desktop.Pipe;

/// <summary>
/// The wire format between two starts of the tray: a 4-byte little-endian length, then that many bytes of UTF-8 JSON
/// {"v":1,"kind":"export","paths":[…]} (or "check"); the server answers with one byte. Everything the server receives is checked
/// again as if a stranger had sent it, since the pipe's ACL is the only thing standing between it and other programs.
/// </summary>
public static class PipeProtocol
{
    public const int Version = 1;
    /// <summary>Room for the most paths the handoff allows, each character escaped by JSON at its widest (\uXXXX).</summary>
    public const int MaxMessageBytes = HandoffLimits.MaxTotalPathChars * 6 + HandoffLimits.MaxPaths * 4 + 1024;
    public const byte Accepted = 1;
    public const byte Rejected = 2;

    private static readonly Dictionary<LaunchKind, string> KindNames = new()
    {
        [LaunchKind.Show] = "show",
        [LaunchKind.Export] = "export",
        [LaunchKind.Check] = "check",
        [LaunchKind.Activate] = "activate",
        [LaunchKind.Exit] = "exit",
    };

    /// <summary>Only requests that are forwarded (<see cref="LaunchRequest.IsForwarded"/>) have a wire form.</summary>
    public static byte[] Encode(LaunchRequest message)
    {
        if (!KindNames.TryGetValue(message.Kind, out var kindName))
            throw new ArgumentException($"a {message.Kind} request is never forwarded", nameof(message));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("kind", kindName);
            if (message.Kind is LaunchKind.Export or LaunchKind.Check)
            {
                json.WriteStartArray("paths");
                foreach (var path in message.Paths)
                    json.WriteStringValue(path);
                json.WriteEndArray();
            }
            if (message.Kind == LaunchKind.Activate)
                json.WriteString("uri", message.Uri);
            json.WriteEndObject();
        }
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxMessageBytes)
            throw new PipeProtocolException($"message of {bytes.Length} bytes, at most {MaxMessageBytes}");
        return bytes;
    }

    public static LaunchRequest Decode(byte[] payload, PathStyle style, Func<string, bool> fileExists)
    {
        if (payload.Length > MaxMessageBytes)
            throw new PipeProtocolException($"message of {payload.Length} bytes, at most {MaxMessageBytes}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 3 });
        }
        catch (JsonException e)
        {
            throw new PipeProtocolException("not JSON: " + e.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new PipeProtocolException("not a JSON object");
            var unknown = root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n is not ("v" or "kind" or "paths" or "uri"));
            if (unknown != null)
                throw new PipeProtocolException("unknown field " + unknown);
            if (!root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != Version)
                throw new PipeProtocolException("unsupported version");
            var kindName = String(root, "kind");
            var kind = KindNames.Where(k => k.Value == kindName).Select(k => (LaunchKind?)k.Key).FirstOrDefault();
            return kind switch
            {
                LaunchKind.Show => LaunchRequest.Show,
                LaunchKind.Export or LaunchKind.Check => DecodePaths(root, kind.Value, style, fileExists),
                LaunchKind.Activate => DecodeActivate(root),
                LaunchKind.Exit => LaunchRequest.Exit,
                _ => throw new PipeProtocolException("unknown kind"),
            };
        }
    }

    public static void WriteFrame(Stream stream, byte[] payload)
    {
        var header = BitConverter.GetBytes(payload.Length);
        if (!BitConverter.IsLittleEndian)
            Array.Reverse(header);
        stream.Write(header, 0, header.Length);
        stream.Write(payload, 0, payload.Length);
        stream.Flush();
    }

    /// <summary>Reads one frame, refusing a declared length over the cap before allocating anything for it.</summary>
    public static byte[] ReadFrame(Stream stream)
    {
        var header = ReadExactly(stream, 4);
        if (!BitConverter.IsLittleEndian)
            Array.Reverse(header);
        var length = BitConverter.ToInt32(header, 0);
        if (length < 0 || length > MaxMessageBytes)
            throw new PipeProtocolException($"declared length {length}, at most {MaxMessageBytes}");
        return ReadExactly(stream, length);
    }

    private static LaunchRequest DecodePaths(JsonElement root, LaunchKind kind, PathStyle style, Func<string, bool> fileExists)
    {
        if (!root.TryGetProperty("paths", out var array) || array.ValueKind != JsonValueKind.Array)
            throw new PipeProtocolException(KindNames[kind] + " without paths");
        if (array.GetArrayLength() is 0 or > HandoffLimits.MaxPaths)
            throw new PipeProtocolException($"{array.GetArrayLength()} paths, 1 to {HandoffLimits.MaxPaths} allowed");
        var paths = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                throw new PipeProtocolException("a path that is not a string");
            paths.Add(item.GetString()!);
        }
        var request = kind == LaunchKind.Check
            ? LaunchParser.ValidateCheckPaths(paths, style, fileExists)
            : LaunchParser.ValidatePaths(paths, style, fileExists);
        if (request.Kind != kind)
            throw new PipeProtocolException(request.Problem?.English ?? "no paths");
        return request;
    }

    private static LaunchRequest DecodeActivate(JsonElement root)
    {
        var uri = String(root, "uri");
        if (!ActivationUri.TryParse(uri, out _))
            throw new PipeProtocolException("unrecognised URI");
        return LaunchRequest.Activate(uri!);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] ReadExactly(Stream stream, int count)
    {
        var buffer = new byte[count];
        var offset = 0;
        while (offset < count)
        {
            var read = stream.Read(buffer, offset, count - offset);
            if (read == 0)
                throw new PipeProtocolException($"message ends after {offset} of {count} bytes");
            offset += read;
        }
        return buffer;
    }
}
