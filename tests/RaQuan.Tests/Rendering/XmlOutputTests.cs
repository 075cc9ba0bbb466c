using System.Xml;
using RaQuan.Feeds;

namespace RaQuan.Tests.Rendering;

/// <summary>Feeds keep every character XML 1.0 allows and drop the others (control characters pasted from Word).</summary>
public sealed class XmlOutputTests
{
    [Fact]
    public void Clean_keeps_exactly_the_characters_xml_allows()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a{(char)c}b";
            var allowed = XmlConvert.IsXmlChar((char)c) || char.IsSurrogate((char)c);
            Assert.True(XmlOutput.Clean(text) == (allowed ? text : "ab"), $"U+{c:X4} {(allowed ? "was dropped" : "was kept")}");
        }
    }

    [Fact]
    public void A_surrogate_pair_stays_whole()
    {
        Assert.Equal("ký tự 𠀀 lạ", XmlOutput.Clean("ký tự 𠀀\u0001 lạ"));
    }
}
