using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text.Unicode;

namespace RaQuan.Loading;

/// <summary>
/// Whether bytes are valid UTF-8, 32 at a time: the lookup method of Keiser and Lemire ("Validating UTF-8 in less than
/// one instruction per byte", 2021), as simdjson and simdutf use it. <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>
/// goes mostly a character at a time through Vietnamese text, where about one letter in four takes two or three bytes:
/// checking every plan's body at loading cost as much as decoding it. Without AVX2, or for a short text, it is the one
/// used. <c>Utf8CheckTests</c> compares the two on every kind of error, at every place in a block.
/// </summary>
internal static class Utf8Check
{
    // What a pair of bytes (the first, then the second) can get wrong, one bit each; a pair is wrong when the three
    // tables below (the first byte's high and low halves, the second's high half) all give the same bit.
    private const byte TooShort = 1 << 0; // a lead byte or ASCII, then a lead byte or ASCII after a lead byte
    private const byte TooLong = 1 << 1; // ASCII, then a continuation byte
    private const byte Overlong3 = 1 << 2; // E0, then 80-9F
    private const byte TooLarge = 1 << 3; // F4 then 90-BF, or F5-FF
    private const byte Surrogate = 1 << 4; // ED, then A0-BF
    private const byte Overlong2 = 1 << 5; // C0 or C1
    private const byte TooLarge1000 = 1 << 6; // F5-FF, then 80-8F
    private const byte Overlong4 = 1 << 6; // F0, then 80-8F
    private const byte TwoContinuations = 1 << 7; // a continuation byte, then another
    private const byte Carry = TooShort | TooLong | TwoContinuations;

    private static readonly Vector256<byte> FirstHigh = Table(
        TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong,
        TwoContinuations, TwoContinuations, TwoContinuations, TwoContinuations,
        TooShort | Overlong2,
        TooShort,
        TooShort | Overlong3 | Surrogate,
        TooShort | TooLarge | TooLarge1000 | Overlong4);

    private static readonly Vector256<byte> FirstLow = Table(
        Carry | Overlong3 | Overlong2 | Overlong4,
        Carry | Overlong2,
        Carry,
        Carry,
        Carry | TooLarge,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000 | Surrogate,
        Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000);

    private static readonly Vector256<byte> SecondHigh = Table(
        TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort,
        TooLong | Overlong2 | TwoContinuations | Overlong3 | TooLarge1000 | Overlong4,
        TooLong | Overlong2 | TwoContinuations | Overlong3 | TooLarge,
        TooLong | Overlong2 | TwoContinuations | Surrogate | TooLarge,
        TooLong | Overlong2 | TwoContinuations | Surrogate | TooLarge,
        TooShort, TooShort, TooShort, TooShort);

    // The last three bytes of a block may not start a character that does not end in it.
    private static readonly Vector256<byte> LastComplete = Vector256.Create(
        [.. Enumerable.Repeat((byte)0xFF, 29), (byte)(0xF0 - 1), (byte)(0xE0 - 1), (byte)(0xC0 - 1)]);

    public static bool IsValid(ReadOnlySpan<byte> utf8)
    {
        if (!Avx2.IsSupported || utf8.Length < 64)
        {
            return Utf8.IsValid(utf8);
        }

        ref var start = ref MemoryMarshal.GetReference(utf8);
        var (error, previous, incomplete) = (Vector256<byte>.Zero, Vector256<byte>.Zero, Vector256<byte>.Zero);
        var at = 0;
        for (; at + 32 <= utf8.Length; at += 32)
        {
            var input = Vector256.LoadUnsafe(ref start, (nuint)at);
            Check(input, previous, ref error, ref incomplete);
            previous = input;
        }

        // The rest, followed by zeros: ASCII, after which a character left open is an error.
        if (at < utf8.Length)
        {
            Span<byte> last = stackalloc byte[32];
            last.Clear();
            utf8[at..].CopyTo(last);
            Check(Vector256.Create<byte>(last), previous, ref error, ref incomplete);
        }

        return (error | incomplete) == Vector256<byte>.Zero;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(Vector256<byte> input, Vector256<byte> previous, ref Vector256<byte> error, ref Vector256<byte> incomplete)
    {
        if (input.ExtractMostSignificantBits() == 0)
        {
            // ASCII only: right unless the block before left a character open.
            error |= incomplete;
            incomplete = Vector256<byte>.Zero;
            return;
        }

        var low = Vector256.Create((byte)0x0F);
        var prev1 = Previous(input, previous, 15);
        var pairs = Avx2.Shuffle(FirstHigh, HighHalf(prev1))
            & Avx2.Shuffle(FirstLow, prev1 & low)
            & Avx2.Shuffle(SecondHigh, HighHalf(input));

        // The second and third bytes after a lead byte of three or four must be continuations: TwoContinuations there
        // is expected, and its absence is the error.
        var third = Avx2.SubtractSaturate(Previous(input, previous, 14), Vector256.Create((byte)(0xE0 - 0x80)));
        var fourth = Avx2.SubtractSaturate(Previous(input, previous, 13), Vector256.Create((byte)(0xF0 - 0x80)));
        error |= ((third | fourth) & Vector256.Create((byte)0x80)) ^ pairs;
        incomplete = Avx2.SubtractSaturate(input, LastComplete);
    }

    // Each byte of input with the one n places before it in the text (from the block before for the first n); shift
    // is 16 - n, as the instruction counts within each 16-byte half.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Previous(Vector256<byte> input, Vector256<byte> previous, [ConstantExpected] byte shift) =>
        Avx2.AlignRight(input, Avx2.Permute2x128(previous, input, 0x21), shift);

    private static Vector256<byte> HighHalf(Vector256<byte> bytes) =>
        Avx2.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);

    private static Vector256<byte> Table(params byte[] sixteen) => Vector256.Create(Vector128.Create(sixteen), Vector128.Create(sixteen));
}
