using System.Security.Cryptography;
using RaQuan.Rendering.Caching;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// A render key is hashed piece by piece from the builder it is written into (<see cref="RenderKeys.HashOf"/>): the
/// hash must be that of the whole key in UTF-8, whatever the pieces, a Vietnamese letter or a pair of surrogates
/// falling across two of them.
/// </summary>
public sealed class RenderKeyHashTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(5000)]
    public void The_hash_of_a_key_in_pieces_is_the_hash_of_the_whole_key(int pieceLength)
    {
        var random = new Random(pieceLength);
        string[] words = ["Kế hoạch", "Lễ ra quân", "ngày 20 tháng 02 năm 2024", "𝓥𝓲ệ𝓽", "😀", "a", "\n", "Đắk Hà"];
        var b = new StringBuilder(16);
        var whole = new StringBuilder();
        while (whole.Length < 20_000)
        {
            var piece = string.Concat(Enumerable.Range(0, pieceLength).Select(_ => words[random.Next(words.Length)]));
            b.Append(piece);
            whole.Append(piece);
        }

        var pieces = 0;
        foreach (var _ in b.GetChunks())
        {
            pieces++;
        }

        Assert.True(pieces > 1, "the key was not in pieces");
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(whole.ToString())), RenderKeys.Utf8Sha256(b));

        // The hash and encoder kept for the thread start afresh.
        Assert.Equal(SHA256.HashData("Lễ ra quân"u8), RenderKeys.Utf8Sha256(new StringBuilder("Lễ ra quân")));
    }
}
