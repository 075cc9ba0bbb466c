using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace RaQuan.Themes.Default.Overrides;

/// <summary>
/// Compiled site templates on the disk, one assembly (and its symbols, for the line of an error while rendering) per
/// key: the template's text, its name and RaQuan's build, so a template compiles once, and again only when it or
/// RaQuan changes. Files are written under a temporary name and renamed, so two builds at once never read half a file.
/// </summary>
internal sealed class CompiledTemplateCache(string root)
{
    /// <summary>The default place: the user's cache folder ($XDG_CACHE_HOME or ~/.cache), raquan/templates.</summary>
    public static string DefaultRoot =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "raquan", "templates");

    // The theme assembly's own identity changes with every build of RaQuan, its version with every release.
    private static readonly string Build = typeof(CompiledTemplateCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        + "/" + typeof(CompiledTemplateCache).Assembly.ManifestModule.ModuleVersionId;

    public string Root { get; } = Path.GetFullPath(root);

    public static string KeyOf(string name, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Build + "\0" + name + "\0" + text)));

    public (byte[] Assembly, byte[] Symbols)? TryGet(string key)
    {
        var (dll, pdb) = PathsOf(key);
        try
        {
            return File.Exists(dll) && File.Exists(pdb) ? (File.ReadAllBytes(dll), File.ReadAllBytes(pdb)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Put(string key, byte[] assembly, byte[] symbols)
    {
        try
        {
            Directory.CreateDirectory(Root);
            var (dll, pdb) = PathsOf(key);
            Write(pdb, symbols);
            Write(dll, assembly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build a compilation.
        }
    }

    private (string Dll, string Pdb) PathsOf(string key) => (Path.Combine(Root, key + ".dll"), Path.Combine(Root, key + ".pdb"));

    private static void Write(string path, byte[] bytes)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
