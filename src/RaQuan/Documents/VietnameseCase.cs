namespace RaQuan.Documents;

/// <summary>Case changes for names the header writes in capitals ("TỈNH KON TUM").</summary>
internal static class VietnameseCase
{
    private static readonly TextInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").TextInfo;

    /// <summary>"ĐẮK R'LẤP" → "Đắk R'Lấp": every word and every part after an apostrophe capitalised.</summary>
    public static string Title(string upper)
    {
        var chars = Vietnamese.ToLower(upper).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && (i == 0 || chars[i - 1] is ' ' or '\'' or '’' or '-'))
            {
                chars[i] = Vietnamese.ToUpper(chars[i]);
            }
        }

        return new string(chars);
    }
}
