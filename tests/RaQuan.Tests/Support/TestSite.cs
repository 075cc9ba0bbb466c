using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RaQuan.Cli;
using Xunit.Sdk;

namespace RaQuan.Tests.Support;

/// <summary>
/// A tiny site built from inline files, in the style of Hugo's integration tests: sections start with a line
/// "-- path --" and the rest of the section is the file's content.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string DefaultNow = "2024-03-01T09:00:00+07:00";

    private TestSite(string root)
    {
        Root = root;
        Content = Path.Combine(root, "content");
        Output = Path.Combine(root, "_site");
    }

    public string Root { get; }
    public string Content { get; }
    public string Output { get; }

    /// <summary>Writes <paramref name="files"/> over the <see cref="SampleFiles.Base"/> site (a file given an empty body is deleted).</summary>
    public static TestSite Create(string files = "", bool withBase = true)
    {
        var site = new TestSite(Directory.CreateTempSubdirectory("raquan-test-").FullName);
        if (withBase)
        {
            site.Write(SampleFiles.Base);
        }

        site.Write(files);
        return site;
    }

    /// <summary>The base site with <paramref name="text"/> in <see cref="Document"/>, beside the content folder, for inspect and import.</summary>
    public static TestSite WithDocument(string text) => Create($"-- doc.txt --\n{text}");

    public void Write(string files)
    {
        foreach (var (path, content) in Parse(files))
        {
            var full = Path.Combine(Root, path);
            if (content.Trim() == "(deleted)")
            {
                File.Delete(full);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, new UTF8Encoding(false));
        }
    }

    public CliRun Build(params string[] extra) =>
        Run(["build", Content, "-o", Output, "--now", DefaultNow, .. extra]);

    public static CliRun Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.RunAsync(args, output, error).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Builds and fails the test, showing the errors, unless the build succeeds.</summary>
    public CliRun BuildOk(params string[] extra)
    {
        var run = Build(extra);
        if (run.ExitCode != 0)
        {
            throw new XunitException($"build failed ({run.ExitCode}):\n{run.Error}\n{run.Output}");
        }

        return run;
    }

    /// <summary>
    /// Builds, and fails the test unless the build fails as bad input must: exit code 1, the error
    /// "<paramref name="location"/>: error: <paramref name="message"/>" (location as "plans/a.md:4:7", or the end of
    /// one), the fix when given, and the output folder left as it was (or still absent).
    /// </summary>
    public CliRun BuildFails(string location, string message, string? fix = null, params string[] extra) =>
        BuildFailsWith($"{location}: error: {message}", fix, extra);

    /// <summary>As <see cref="BuildFails"/>, with the error line whole ("plans/a.md:4:7: error: …") or the part of it that matters.</summary>
    public CliRun BuildFailsWith(string error, string? fix = null, params string[] extra)
    {
        var before = Directory.Exists(Output) ? Snapshot.Of(Output) : null;
        var run = Build(extra);
        if (run.ExitCode != 1 || !run.Error.Contains(error, StringComparison.Ordinal)
            || (fix is not null && !run.Error.Contains(fix, StringComparison.Ordinal)))
        {
            throw new XunitException(
                $"expected the build to fail (exit code 1) with\n  {error}{(fix is null ? "" : $"\n  and the fix …{fix}…")}\n" +
                $"but it ended with exit code {run.ExitCode}:\n{run.Error}");
        }

        var after = Directory.Exists(Output) ? Snapshot.Of(Output) : null;
        if (before is null ? after is not null : after is null || !before.SequenceEqual(after))
        {
            throw new XunitException($"the failed build changed the output folder {Output}");
        }

        return run;
    }

    /// <summary>The site's plans folder, where import writes with --to.</summary>
    public string Plans => Path.Combine(Content, "plans");

    /// <summary>doc.txt beside the content folder, as <see cref="WithDocument"/> writes it.</summary>
    public string Document => Path.Combine(Root, "doc.txt");

    public string OutPath(string path) => Path.Combine(Output, path);

    /// <summary>The names in the test's root folder, in order: content, _site, its lock, and any staging folder a build left.</summary>
    public string[] RootEntries() =>
        Directory.EnumerateFileSystemEntries(Root).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();

    public bool Exists(string path) => File.Exists(OutPath(path));

    public string Read(string path)
    {
        var full = OutPath(path);
        if (!File.Exists(full))
        {
            var listing = Directory.Exists(Output)
                ? string.Join("\n", Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f)).Order())
                : "(no output folder)";
            throw new XunitException($"{path} was not written. Output has:\n{listing}");
        }

        return File.ReadAllText(full);
    }

    /// <summary>Asserts that the file contains each text; a text starting with "!" must not occur. Shows the whole file on failure.</summary>
    public void AssertFileContains(string path, params string[] texts)
    {
        var content = Read(path);
        foreach (var text in texts)
        {
            var negate = text.StartsWith('!');
            var needle = negate ? text[1..] : text;
            if (content.Contains(needle, StringComparison.Ordinal) == negate)
            {
                throw new XunitException($"{path} {(negate ? "contains" : "does not contain")} \"{needle}\". The file:\n{content}");
            }
        }
    }

    public IDocument Html(string path) => new HtmlParser().ParseDocument(Read(path));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it would hide the real result.
        }
    }

    private static IEnumerable<(string Path, string Content)> Parse(string files)
    {
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, content.ToString());
                }

                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, content.ToString());
        }
    }
}
