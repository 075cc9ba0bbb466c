using RaQuan.Vietnamese;

namespace RaQuan.Cli;

/// <summary>The <c>--from tcvn3|vni</c> option of the commands that read text typed in the old Vietnamese encodings.</summary>
internal static class LegacyOption
{
    public static Option<string?> Create(string description, bool required = false)
    {
        var option = new Option<string?>("--from") { Description = description, Required = required };
        option.AcceptOnlyFromAmong([.. Enum.GetValues<LegacyEncoding>().Select(LegacyEncodings.Option)]);
        return option;
    }

    /// <summary>The encoding named on the command line, or null for Unicode.</summary>
    public static LegacyEncoding? Parse(string? value) =>
        value is null ? null : Enum.GetValues<LegacyEncoding>().Single(e => LegacyEncodings.Option(e) == value);
}
