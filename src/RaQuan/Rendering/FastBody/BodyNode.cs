using System.Collections;
using System.Text;

namespace RaQuan.Rendering.FastBody;

/// <summary>
/// An element or a text node of a body read from Markdig's output: the few DOM operations the page structure needs,
/// with attributes kept in source order and a new one appended, as the DOM does. Children are linked from the first
/// to the last: a list per element was 7 % of what a build allocated.
/// </summary>
internal sealed class BodyNode
{
    private BodyNode(string? name, ReadOnlyMemory<char> text)
    {
        Name = name;
        Text = text;
    }

    /// <summary>The element's local name; null for a text node.</summary>
    public string? Name { get; set; }

    /// <summary>A text node's text, often a slice of the HTML it was read from; empty for an element.</summary>
    public ReadOnlyMemory<char> Text { get; }

    public BodyNode? Parent { get; set; }

    public BodyNode? FirstChild { get; private set; }

    private BodyNode? _lastChild;

    public BodyNode? NextSibling { get; private set; }

    private List<(string Name, string Value)>? _attributes;

    /// <summary>Where a text node's escaped UTF-8 is in the first variant <see cref="BodyHtmlWriter"/> wrote; -1 before.</summary>
    public int WrittenAt { get; set; } = -1;

    /// <summary>How long that UTF-8 is.</summary>
    public int WrittenLength { get; set; }

    /// <summary>The children, first to last.</summary>
    public ChildList Children => new(this);

    // Made on first use: most nodes are text, and many elements have no attribute.
    public List<(string Name, string Value)> Attributes => _attributes ??= [];

    public bool HasAttributes => _attributes is { Count: > 0 };

    public static BodyNode Element(string name) => new(name, default);

    public static BodyNode TextNode(ReadOnlyMemory<char> text) => new(null, text);

    public void Append(BodyNode child)
    {
        child.Parent = this;
        if (_lastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            _lastChild.NextSibling = child;
        }

        _lastChild = child;
    }

    /// <summary>Puts <paramref name="child"/> before the first child.</summary>
    public void Prepend(BodyNode child)
    {
        child.Parent = this;
        child.NextSibling = FirstChild;
        FirstChild = child;
        _lastChild ??= child;
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="child"/> is, and takes that out.</summary>
    public void Replace(BodyNode child, BodyNode replacement)
    {
        BodyNode? previous = null;
        for (var c = FirstChild; c != child; c = c.NextSibling)
        {
            previous = c ?? throw new ArgumentException("not a child of this node", nameof(child));
        }

        replacement.Parent = this;
        replacement.NextSibling = child.NextSibling;
        if (previous is null)
        {
            FirstChild = replacement;
        }
        else
        {
            previous.NextSibling = replacement;
        }

        if (_lastChild == child)
        {
            _lastChild = replacement;
        }

        (child.Parent, child.NextSibling) = (null, null);
    }

    public string? Get(string name)
    {
        if (_attributes is null)
        {
            return null;
        }

        foreach (var (n, v) in _attributes)
        {
            if (n == name)
            {
                return v;
            }
        }

        return null;
    }

    public void Set(string name, string value)
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (Attributes[i].Name == name)
            {
                Attributes[i] = (name, value);
                return;
            }
        }

        Attributes.Add((name, value));
    }

    /// <summary>The DOM's textContent: the text of every descendant, in order.</summary>
    public string TextContent()
    {
        if (Name is null)
        {
            return Text.ToString();
        }

        var builder = new StringBuilder();
        AppendText(builder);
        return builder.ToString();
    }

    /// <summary>
    /// The elements under this node named <paramref name="name"/> (every one for null), in document order (a
    /// pre-order walk), gathered before the caller sees the first: a lazy walk's iterator and stack cost more than
    /// the list, and a body is walked five times.
    /// </summary>
    public List<BodyNode> Descendants(string? name = null)
    {
        var found = new List<BodyNode>();
        Collect(this, name, found);
        return found;
    }

    // Recursive, as the writer and TextContent are: the tree is as deep as Markdig and the loader allow.
    private static void Collect(BodyNode node, string? name, List<BodyNode> found)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.Name is null)
            {
                continue;
            }

            if (name is null || child.Name == name)
            {
                found.Add(child);
            }

            Collect(child, name, found);
        }
    }

    public bool HasAncestor(string name)
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            if (p.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private void AppendText(StringBuilder builder)
    {
        for (var child = FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.Name is null)
            {
                builder.Append(child.Text);
            }
            else
            {
                child.AppendText(builder);
            }
        }
    }

    /// <summary>A node's children, walked without an allocation.</summary>
    public readonly struct ChildList(BodyNode parent) : IEnumerable<BodyNode>
    {
        public Enumerator GetEnumerator() => new(parent.FirstChild);

        IEnumerator<BodyNode> IEnumerable<BodyNode>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator(BodyNode? first) : IEnumerator<BodyNode>
        {
            private BodyNode? _next = first;

            public BodyNode Current { get; private set; } = null!;

            readonly object IEnumerator.Current => Current;

            public bool MoveNext()
            {
                if (_next is null)
                {
                    return false;
                }

                (Current, _next) = (_next, _next.NextSibling);
                return true;
            }

            public readonly void Reset() => throw new NotSupportedException();

            public readonly void Dispose()
            {
            }
        }
    }
}
