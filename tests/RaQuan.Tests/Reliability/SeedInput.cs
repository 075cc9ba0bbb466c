namespace RaQuan.Tests.Reliability;

/// <summary>One mutated seed: which iteration made it, from which file, by which mutations.</summary>
internal sealed record SeedInput(int Iteration, string File, string Mutations, byte[] Bytes, Random Random)
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public string Name => $"{File} ({Mutations}, {Bytes.Length:N0} bytes)";

    /// <summary>The bytes as text; invalid UTF-8 becomes U+FFFD, as in a document pasted from a broken file.</summary>
    public string Text => Lenient.GetString(Bytes);
}
