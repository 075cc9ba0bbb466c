using System.Text;

namespace RaQuan.Text;

/// <summary>Makes ASCII URL slugs from Vietnamese text: "Đắk R'Lấp" becomes "dak-r-lap".</summary>
public static class Slug
{
    /// <summary>Returns the slug of <paramref name="text"/>, or an empty string when it has no letters or digits.</summary>
    public static string From(string text)
    {
        var folded = SearchFold.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="slug"/> is already a valid slug: lower-case ASCII letters, digits and single inner hyphens.</summary>
    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug.Length <= 200 && From(slug) == slug;
}
