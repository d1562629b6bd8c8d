using System.Globalization;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Tests.Model;

/// <summary>
/// <see cref="UnDate.TryParse(string, out UnDate)"/> reads a date where it stands, with no copies (issue 22); it must
/// read every text as the reading by split strings and <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/>
/// did, kept here as the oracle.
/// </summary>
public sealed class UnDateTryParseTests
{
    private static readonly string[] Written =
    {
        "18 December 2019", "2019-12-18", " 18 December 2019 ", "18\u00A0December 2019", "18 Decem\u00ADber 2019", "\u200B1 May 2020",
        "31 November 2019", "29 February 2024", "29 February 2023", "0 May 2020", "00 May 2020", "018 December 2019",
        "18 December 19", "18 December 0000", "1 January 0001", "31 December 9999", "1 January 10000", "99999999999 May 2020",
        "18  December 2019", "18 December 2019 ", "18 december 2019", "18 Dec 2019", "December 18 2019", "18 December",
        "18 December 2019 extra", "+1 May 2020", "1 May -2020", "2019-02-29", "2020-02-29", "0000-01-01", "2019-1-18",
        "2019-12-180", "20191218", "2019/12/18", "2019-12-1a", "2019\u201112\u201118", "\t2019-12-18\n", "", " ", "May",
        "1 May 2020\u00A0", "\u00A0\u00A01 May 2020", "1\u2009May\u20092020", "١ May 2020", "1 May ٢٠٢٠", "２０１９-12-18",
    };

    [Fact]
    public void A_date_is_read_as_the_reading_by_split_strings_read_it()
    {
        var texts = Written.Concat(Mutations()).ToList();
        var read = 0;
        foreach (var text in texts)
        {
            var expected = Old(text, out var oldDate);
            Assert.True(expected == UnDate.TryParse(text, out var date), "read differently: '" + text + "'");
            Assert.Equal(oldDate, date);
            read += expected ? 1 : 0;
        }

        Assert.True(read > 100, "dates read: " + read);
    }

    [Theory]
    [InlineData("of 18 December 2019, entitled", 3, 16, 2019, 12, 18)]
    [InlineData("on 2019-12-18.", 3, 10, 2019, 12, 18)]
    public void A_date_is_read_where_it_stands_in_a_longer_text(string text, int start, int length, int year, int month, int day)
    {
        Assert.True(UnDate.TryParse(text, start, length, out var date));
        Assert.Equal(new UnDate(year, month, day), date);
        Assert.False(UnDate.TryParse(text, start, length + 1, out _));
    }

    /// <summary>Every day of two years in both forms, and each with one character changed.</summary>
    private static IEnumerable<string> Mutations()
    {
        for (var day = new DateTime(2019, 12, 1); day < new DateTime(2021, 1, 10); day = day.AddDays(7))
        {
            var un = new UnDate(day.Year, day.Month, day.Day);
            foreach (var text in new[] { un.ToString(), un.ToIsoString() })
            {
                yield return text;
                yield return text.Replace('1', '3');
                yield return text.Replace(' ', '\u00A0');
                yield return text.Substring(1);
                yield return text + "0";
            }
        }
    }

    /// <summary>The reading before: fold, trim, the ISO form by the framework, then split at spaces.</summary>
    private static bool Old(string text, out UnDate date)
    {
        text = PrintedText.Fold(text, out _).Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            date = new UnDate(iso.Year, iso.Month, iso.Day);
            return true;
        }

        var parts = text.Split(' ');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            var month = UnDate.MonthNumber(parts[1]);
            var candidate = new UnDate(year, month, day);
            if (month > 0 && candidate.IsValid)
            {
                date = candidate;
                return true;
            }
        }

        date = default;
        return false;
    }
}
