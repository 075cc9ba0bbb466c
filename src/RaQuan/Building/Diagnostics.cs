namespace RaQuan.Building;

/// <summary>Collects errors and warnings during one stage.</summary>
public sealed class Diagnostics(BuildStage stage)
{
    private readonly List<BuildError> _items = [];
    private readonly Lock _gate = new();

    public BuildStage Stage { get; } = stage;

    /// <summary>Everything reported, in file and line order: loading runs in parallel, reports must not.</summary>
    public IReadOnlyList<BuildError> Items
    {
        get
        {
            lock (_gate)
            {
                return _items.OrderBy(e => e.Location.File, StringComparer.Ordinal)
                    .ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column)
                    .ThenBy(e => e.Message, StringComparer.Ordinal).ToList();
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(e => !e.IsWarning);
            }
        }
    }

    public void Error(SourceLocation at, string message, string? fix = null) => Add(new BuildError(Stage, at, message, fix));

    public void Warning(SourceLocation at, string message, string? fix = null) => Add(new BuildError(Stage, at, message, fix, IsWarning: true));

    public void Add(BuildError error)
    {
        lock (_gate)
        {
            _items.Add(error);
        }
    }

    /// <summary>Ends the stage: throws with every error found if there was any.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new BuildException(Items.Where(e => !e.IsWarning).ToList());
        }
    }
}
