namespace RaQuan.Documents;

/// <summary>
/// The signature and Nơi nhận as Markdig custom containers; the renderer turns <c>::: signature</c> into
/// <c>&lt;div class="signature"&gt;</c> and the theme lays the two out side by side as on paper.
/// </summary>
internal static class ClosingMarkdown
{
    public static string Write(DocumentClosing closing)
    {
        var builder = new StringBuilder();
        if (closing.Signer is { } signer)
        {
            builder.Append("::: signature\n");
            builder.Append(string.Join("\\\n", signer.Authority.Select(a => $"**{a}**")));
            builder.Append("\n\n**").Append(signer.Name).Append("**\n:::\n");
        }

        if (closing.Recipients.Count > 0)
        {
            builder.Append(builder.Length > 0 ? "\n" : "").Append("::: recipients\n**Nơi nhận:**\n\n");
            foreach (var recipient in closing.Recipients)
            {
                builder.Append("- ").Append(recipient).Append('\n');
            }

            builder.Append(":::\n");
        }

        return builder.ToString();
    }
}
