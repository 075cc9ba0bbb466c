using System.Collections;

namespace RaQuan.Rendering.Bodies;

/// <summary>
/// An element or a text node of a body read from Markdig's output: the few DOM operations the page structure needs,
/// with attributes kept in source order and a new one appended, as the DOM does. Children are linked from the first
/// to the last: a list per element was 7 % of what a build allocated.
/// </summary>
internal sealed class BodyNode
{
    // A thread's nodes are used again body after body while it renders (Rent): a plan's tree was a tenth of what a
    // build allocated. Up to this many are kept, so one huge body does not keep its tree's worth of nodes.
    private const int PoolLimit = 1 << 14;

    [ThreadStatic]
    private static List<BodyNode>? _pool;

    // How many of the pool the thread's current body uses.
    [ThreadStatic]
    private static int _used;

    [ThreadStatic]
    private static bool _renting;

    private BodyNode(string? name, ReadOnlyMemory<char> text)
    {
        Name = name;
        Text = text;
    }

    /// <summary>The element's local name; null for a text node.</summary>
    public string? Name { get; set; }

    /// <summary>A text node's text, often a slice of the HTML it was read from; empty for an element.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

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

    public static BodyNode Element(string name) => New(name, default);

    public static BodyNode TextNode(ReadOnlyMemory<char> text) => New(null, text);

    /// <summary>
    /// Until the returned scope is disposed, the nodes this thread makes are taken from its pool, to go back to it
    /// then: no node made in the scope may be used after it. A scope inside another shares the outer one.
    /// </summary>
    public static Rental Rent()
    {
        if (_renting)
        {
            return default;
        }

        (_pool, _used, _renting) = (_pool ?? [], 0, true);
        return new Rental(true);
    }

    private static BodyNode New(string? name, ReadOnlyMemory<char> text)
    {
        if (!_renting)
        {
            return new(name, text);
        }

        var pool = _pool!;
        if (_used == pool.Count)
        {
            var made = new BodyNode(name, text);
            if (pool.Count < PoolLimit)
            {
                pool.Add(made);
                _used++;
            }

            return made;
        }

        var node = pool[_used++];
        (node.Name, node.Text, node.Parent, node.FirstChild, node._lastChild, node.NextSibling) = (name, text, null, null, null, null);
        node._attributes?.Clear();
        (node.WrittenAt, node.WrittenLength) = (-1, 0);
        return node;
    }

    /// <summary>A thread's use of its pooled nodes; see <see cref="Rent"/>.</summary>
    public readonly struct Rental(bool owner) : IDisposable
    {
        public void Dispose()
        {
            if (owner)
            {
                _renting = false;
            }
        }
    }

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
    /// pre-order walk), gathered before the caller sees the first: for a caller that moves nodes as it goes.
    /// </summary>
    public List<BodyNode> Descendants(string? name = null)
    {
        var found = new List<BodyNode>();
        Collect(this, name, found);
        return found;
    }

    /// <summary>
    /// The elements under this node named <paramref name="name"/> (every one for null), in document order, met as the
    /// walk goes: no list and no stack. For a caller that changes no node's place in the tree, only attributes and
    /// names; <see cref="Descendants"/> gathers them first for one that moves nodes.
    /// </summary>
    public Walk Elements(string? name = null) => new(this, name);

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

    /// <summary>A pre-order walk of the elements under a node, from node to node through their links.</summary>
    public struct Walk(BodyNode root, string? name)
    {
        public BodyNode Current { get; private set; } = null!;

        public readonly Walk GetEnumerator() => this;

        public bool MoveNext()
        {
            for (var node = Following(Current ?? root); node is not null; node = Following(node))
            {
                if (node.Name is not null && (name is null || node.Name == name))
                {
                    Current = node;
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when there is at least one such element.</summary>
        public readonly bool Any() => new Walk(root, name).MoveNext();

        // The next node in document order under the root: the first child, else the next sibling of the node or of
        // the nearest ancestor that has one.
        private readonly BodyNode? Following(BodyNode node)
        {
            if (node.FirstChild is { } child)
            {
                return child;
            }

            for (; node != root; node = node.Parent!)
            {
                if (node.NextSibling is { } sibling)
                {
                    return sibling;
                }
            }

            return null;
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
