namespace RaQuan.Tests.Support;

/// <summary>Random damage to a YAML text, for tests that read broken YAML: insertions of snippets, cuts, replacements.</summary>
internal static class YamlMutation
{
    /// <summary>
    /// One to four changes to <paramref name="text"/> at random places: a snippet put in or put in place of a
    /// character, up to <paramref name="longestCut"/> characters cut, or the rest of the text cut, ending with
    /// <paramref name="cutEnd"/>.
    /// </summary>
    public static string Mutate(string text, Random random, string[] snippets, int longestCut = 20, string cutEnd = "")
    {
        for (var count = random.Next(1, 5); count > 0; count--)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(8) switch
            {
                < 3 => text[..at] + snippets[random.Next(snippets.Length)] + text[at..],
                < 5 => text[..at] + text[Math.Min(text.Length, at + random.Next(1, longestCut))..],
                < 7 when at < text.Length => text[..at] + snippets[random.Next(snippets.Length)] + text[(at + 1)..],
                _ => text[..at] + cutEnd,
            };
        }

        return text;
    }
}
