namespace RaQuan.Themes.Default;

/// <summary>Marks a view as rendering one of a page's other outputs (<c>OutputFormat.Name</c>); views without it render the HTML page.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class OutputViewAttribute(string output) : Attribute
{
    public string Output { get; } = output;
}
