using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RaQuan.Building;
using RaQuan.Model;
using RaQuan.Themes.Default.Templates;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace RaQuan.Themes.Default.Overrides;

/// <summary>
/// Compiles a site's own templates (<c>themes/NAME/Views|Shared|Layout/*.cshtml</c>) with RazorLight: only those, once
/// per text (<see cref="CompiledTemplateCache"/>). A site without them loads no compiler.
/// </summary>
internal static partial class SiteTemplateCompiler
{
    public static readonly string[] Folders = ["Views", "Shared", "Layout"];

    private const string Justification = "Compiling runs only where dynamic code is supported, checked first; the native program reports that it needs the .NET tool.";

    // A template compiled in this process, by cache key: serve rebuilds reuse it without reading the disk.
    private static readonly ConcurrentDictionary<string, Type> Loaded = new();

    // Templates compiled by Roslyn (not found in a cache) in this process, by cache folder: for the tests of the disk cache.
    private static readonly ConcurrentDictionary<string, int> CompiledByCache = new(StringComparer.Ordinal);

    /// <summary>How many templates this process compiled rather than found in the cache at <paramref name="cacheRoot"/>.</summary>
    internal static int CompiledInto(string cacheRoot) => CompiledByCache.GetValueOrDefault(Path.GetFullPath(cacheRoot));

    /// <summary>Forgets the templates loaded in this process, so the next build reads the disk cache (tests).</summary>
    internal static void ForgetLoaded() => Loaded.Clear();

    private static readonly Lock CompileLock = new();
    private static Keep? _keep;
    private static RoslynCompilationService? _compiler;

    // Held per async flow, so a test playing the native program does not stop the builds of tests running beside it.
    private static readonly AsyncLocal<bool> PlaysNative = new();

    /// <summary>False plays the native program (tests); the native program itself is told by <see cref="RuntimeFeature.IsDynamicCodeSupported"/>.</summary>
    internal static bool CanCompile
    {
        get => !PlaysNative.Value;
        set => PlaysNative.Value = !value;
    }

    /// <summary>The site's templates by name ("Views/PlanView"); empty when it has none. Throws <see cref="BuildException"/> with every error.</summary>
    public static async Task<IReadOnlyDictionary<string, SiteTemplate>> CompileAsync(SiteThemeFolder folder, string cacheRoot, CancellationToken cancellation)
    {
        var keys = Folders
            .Where(f => Directory.Exists(Path.Combine(folder.Path, f)))
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(folder.Path, f), "*.cshtml").Select(file => f + "/" + Path.GetFileName(file)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, SiteTemplate>();
        }

        // The native AOT compiler takes IsDynamicCodeSupported as false and drops what follows, Roslyn included.
        if (!RuntimeFeature.IsDynamicCodeSupported || !CanCompile)
        {
            throw new BuildException([ContentErrors.TemplatesNeedTool(new SourceLocation(folder.ShownAs + "/" + keys[0]), folder.ShownAs)]);
        }

        return await Task.Run(() => Compile(folder, keys, new CompiledTemplateCache(cacheRoot), cancellation), cancellation);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = Justification)]
    private static async Task<IReadOnlyDictionary<string, SiteTemplate>> Compile(SiteThemeFolder folder, List<string> keys, CompiledTemplateCache cache, CancellationToken cancellation)
    {
        var errors = new List<BuildError>();
        var templates = new Dictionary<string, SiteTemplate>(StringComparer.Ordinal);
        RazorSourceGenerator? generator = null;
        foreach (var key in keys)
        {
            cancellation.ThrowIfCancellationRequested();
            var name = key[..^".cshtml".Length];
            var shownAs = folder.ShownAs + "/" + key;
            var builtIn = BuiltInTemplates.Factories.GetValueOrDefault(name);
            // A site may add partials, and layouts its views choose with Layout = "…"; views replace built-in ones.
            if (builtIn is null && !name.StartsWith("Shared/", StringComparison.Ordinal) && !name.StartsWith("Layout/", StringComparison.Ordinal))
            {
                errors.Add(ContentErrors.TemplateUnknown(new SourceLocation(shownAs), name));
                continue;
            }

            var text = await File.ReadAllTextAsync(Path.Combine(folder.Path, key), cancellation);
            var cacheKey = CompiledTemplateCache.KeyOf(key, text);
            if (!Loaded.TryGetValue(cacheKey, out var type))
            {
                if (cache.TryGet(cacheKey) is { } cached)
                {
                    type = TemplateType(Assembly.Load(cached.Assembly, cached.Symbols));
                }
                else
                {
                    generator ??= RazorLightGenerator.Create(folder.Path);
                    try
                    {
                        var generated = Trimmed.Of(await generator.GenerateCodeAsync(key));
                        CompiledByCache.AddOrUpdate(cache.Root, 1, (_, n) => n + 1);
                        type = TemplateType(CompileAndKeep(generated, cache, cacheKey));
                    }
                    catch (TemplateGenerationException e)
                    {
                        errors.AddRange(e.Diagnostics.Select(d =>
                            ContentErrors.TemplateError(new SourceLocation(shownAs, d.Span.LineIndex + 1, d.Span.CharacterIndex + 1), d.GetMessage())));
                        continue;
                    }
                    catch (TemplateCompilationException e)
                    {
                        errors.AddRange(e.CompilationDiagnostics.Select(d => ContentErrors.TemplateError(
                            d.LineSpan is { } span && span.Path == key
                                ? new SourceLocation(shownAs, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
                                : new SourceLocation(shownAs),
                            d.ErrorMessage)));
                        continue;
                    }
                }

                Loaded[cacheKey] = type;
            }

            if (builtIn is not null && ThemeTemplates.ModelOf(builtIn().GetType()) is { } passed && ThemeTemplates.ModelOf(type) is { } takes && !takes.IsAssignableFrom(passed))
            {
                errors.Add(ContentErrors.TemplateModel(new SourceLocation(shownAs, 1, 1), takes.Name, passed.Name));
                continue;
            }

            templates[name] = new SiteTemplate(Factory(type), key, shownAs, LayoutAssignment(text, shownAs));
        }

        return errors.Count > 0 ? throw new BuildException(errors) : templates;
    }

    /// <summary>Where <paramref name="text"/> sets <c>Layout = "…"</c>, for an error about the layout it names.</summary>
    private static SourceLocation? LayoutAssignment(string text, string shownAs)
    {
        var match = LayoutSetter().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var line = text.AsSpan(0, match.Index).Count('\n');
        var column = match.Index - (text.LastIndexOf('\n', Math.Max(match.Index - 1, 0)) + 1);
        return new SourceLocation(shownAs, line + 1, column + 1);
    }

    [GeneratedRegex(@"\bLayout\s*=(?!=)")]
    private static partial Regex LayoutSetter();

    /// <summary>
    /// Compiles with the one compilation service of the process: it resolves the assemblies templates reference once,
    /// which made every save in <c>raquan serve</c> cost a few hundred milliseconds more when made anew per build. One
    /// compilation at a time, as its callback says which cache entry it writes.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = Justification)]
    private static Assembly CompileAndKeep(IGeneratedRazorTemplate generated, CompiledTemplateCache cache, string key)
    {
        lock (CompileLock)
        {
            _keep ??= new Keep();
            _compiler ??= new RoslynCompilationService(new DefaultMetadataReferenceManager(), typeof(SiteTemplateCompiler).Assembly, _keep);
            _keep.Target = (cache, key);
            return _compiler.CompileAndEmit(generated);
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    [UnconditionalSuppressMessage("Trimming", "IL2073", Justification = Justification)]
    private static Type TemplateType(Assembly assembly) =>
        assembly.GetType("RazorLight.CompiledTemplates.GeneratedTemplate", throwOnError: true)!;

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = Justification)]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = Justification)]
    private static Func<ITemplatePage> Factory(Type type) => () => (ITemplatePage)Activator.CreateInstance(type)!;

    /// <summary>RazorLight's generated template with the white space of its literal HTML trimmed (<see cref="LiteralWhitespace"/>), as the built-in ones are.</summary>
    private sealed class Trimmed(IGeneratedRazorTemplate generated) : IGeneratedRazorTemplate
    {
        public string TemplateKey => generated.TemplateKey;

        public string GeneratedCode { get; } = LiteralWhitespace.Trim(generated.GeneratedCode);

        public RazorLightProjectItem ProjectItem
        {
            get => generated.ProjectItem;
            set => generated.ProjectItem = value;
        }

        public static IGeneratedRazorTemplate Of(IGeneratedRazorTemplate generated) => new Trimmed(generated);
    }

    /// <summary>Writes what RazorLight compiled into the disk cache.</summary>
    private sealed class Keep : IPrecompileCallback
    {
        /// <summary>The cache and the key the compilation under way is written to.</summary>
        public (CompiledTemplateCache Cache, string Key) Target { get; set; }

        public void Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore) =>
            Target.Cache.Put(Target.Key, rawAssembly, rawSymbolStore);
    }
}
