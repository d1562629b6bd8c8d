using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Templates;

/// <summary>
/// The reader finds footnote markers by one scan instead of a pattern searched twice. The scan must find exactly what
/// the pattern <c>\[\^([^\[\]\s]+)\](:)?</c> finds from left to right: the same markers, labels, offsets and colons,
/// on every template of the repository and the corpus and on written edge forms.
/// </summary>
public sealed class FootnoteMarkerScanTests
{
    private static readonly Regex Pattern = new(@"\[\^(?<label>[^\[\]\s]+)\](?<definition>:)?", RegexOptions.CultureInvariant);

    private static string[] Expected(string text, int start = 0) =>
        Pattern.Matches(text, start).Cast<Match>()
            .Select(m => m.Index + "+" + m.Length + ":" + m.Groups["label"].Index + ":" + m.Groups["label"].Value + (m.Groups["definition"].Success ? ":def" : string.Empty))
            .ToArray();

    private static string[] Found(string text, int start = 0) =>
        FootnoteMarkerScan.Find(text, start)
            .Select(m => m.Start + "+" + m.Length + ":" + m.LabelStart + ":" + m.Label(text) + (m.Colon ? ":def" : string.Empty))
            .ToArray();

    [Fact]
    public void On_every_template_the_scan_finds_what_the_pattern_finds()
    {
        var files = RepositoryPaths.EveryTemplate();

        var markers = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var expected = Expected(text);
            Assert.Equal(expected, Found(text));
            markers += expected.Length;
        }

        Assert.True(markers > 1000, markers + " markers");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[^")]
    [InlineData("[^]")]
    [InlineData("[^1")]
    [InlineData("[^1]")]
    [InlineData("[^1]:")]
    [InlineData("[^1]:: [^2]:[^3]")]
    [InlineData("[^[^1]]")]
    [InlineData("[^^1]")]
    [InlineData("[^a b]")]
    [InlineData("[^a]b]")]
    [InlineData("[[^1]")]
    [InlineData("[^1][^2][^3]:")]
    [InlineData("text[^note-1] more [^x\u00A0y] [^z\u2028] [^\u00E9t\u00E9]")]
    [InlineData("[^a[^b]]:")]
    [InlineData("\\[^1]")]
    [InlineData("[^1]\n[^1]: Definition.\n   [^2]: Indented.")]
    public void On_written_forms_the_scan_finds_what_the_pattern_finds(string text)
    {
        Assert.Equal(Expected(text), Found(text));
        for (var start = 0; start <= text.Length; start++)
        {
            Assert.Equal(Expected(text, start), Found(text, start));
        }
    }

    [Fact]
    public void A_label_ends_at_every_character_the_pattern_ends_it_at()
    {
        // Every UTF-16 unit, inside a label and after it: white space as the pattern's \s reads it, brackets, the rest.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unit = ((char)c).ToString();
            foreach (var text in new[] { "[^a" + unit + "]", "[^" + unit + "]:", "[^a]" + unit })
            {
                Assert.Equal(Expected(text), Found(text));
            }
        }
    }
}
