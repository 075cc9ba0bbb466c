namespace RaQuan.Vietnamese;

/// <summary>The 8-bit Vietnamese encodings that documents from before Unicode (and many still today) are typed in.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 set VN3, the "ABC" fonts (.VnTime, .VnArial): one byte per letter, lower case only.</summary>
    Tcvn3,

    /// <summary>VNI Windows (VNI-Times): a letter is an ASCII base followed by a byte for its mark and tone.</summary>
    Vni,
}
