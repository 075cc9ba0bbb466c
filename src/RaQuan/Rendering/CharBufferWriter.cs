namespace RaQuan.Rendering;

/// <summary>
/// A text writer into one growing character buffer, read back as memory rather than made into a string: Markdig's
/// HTML for a body is read once into a tree, and its string was the largest single thing a build allocated for a plan.
/// </summary>
internal sealed class CharBufferWriter : TextWriter
{
    private char[] _chars = new char[16 * 1024];
    private int _length;

    public CharBufferWriter()
    {
        // As Markdig's own string writer: "\n" on every system.
        CoreNewLine = ['\n'];
    }

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>What was written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlyMemory<char> Written => _chars.AsMemory(0, _length);

    public int Capacity => _chars.Length;

    public void Clear() => _length = 0;

    public override void Write(char value)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_chars.Length - _length < buffer.Length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    private void Grow(int more) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + more));
}
