using System.Text;

namespace DraftingKit.Model;

/// <summary>The ways UN texts write numbers: letters and roman numerals for labels, words for sessions.</summary>
public static class Numerals
{
    private static readonly string[] Units =
    {
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    private static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    private static readonly string[] UnitOrdinals =
    {
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    };

    private static readonly string[] TenOrdinals = { "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };

    /// <summary>1 → "a", 26 → "z", 27 → "aa", as subparagraph labels run on.</summary>
    public static string ToLetters(int number)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number));
        }

        var builder = new StringBuilder();
        while (number > 0)
        {
            number--;
            builder.Insert(0, (char)('a' + (number % 26)));
            number /= 26;
        }

        return builder.ToString();
    }

    /// <summary>"a" → 1, "aa" → 27; null when the text is not lower-case letters.</summary>
    public static int? FromLetters(string text)
    {
        if (text.Length == 0 || text.Length > 3)
        {
            return null;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (c < 'a' || c > 'z')
            {
                return null;
            }

            value = (value * 26) + (c - 'a' + 1);
        }

        return value;
    }

    /// <summary>4 → "iv", in lower case as subparagraph labels are written.</summary>
    public static string ToRoman(int number)
    {
        if (number < 1 || number > 3999)
        {
            throw new ArgumentOutOfRangeException(nameof(number));
        }

        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        string[] symbols = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(symbols[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>"iv" or "IV" → 4; null when the text is not a well-formed roman numeral.</summary>
    public static int? FromRoman(string text)
    {
        if (text.Length == 0 || text.Length > 15)
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        var value = 0;
        for (var i = 0; i < lower.Length; i++)
        {
            var current = RomanDigit(lower[i]);
            if (current == 0)
            {
                return null;
            }

            var next = i + 1 < lower.Length ? RomanDigit(lower[i + 1]) : 0;
            value += current < next ? -current : current;
        }

        // Only the canonical spelling counts: "iiii" or "vx" are not numerals.
        return value > 0 && value < 4000 && ToRoman(value) == lower ? value : null;
    }

    /// <summary>74 → "seventy-four".</summary>
    public static string ToCardinalWords(int number)
    {
        if (number < 1 || number > 999)
        {
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var hundreds = number / 100;
        var rest = number % 100;
        var words = rest < 20 ? Units[rest] : Tens[rest / 10] + (rest % 10 == 0 ? string.Empty : "-" + Units[rest % 10]);
        if (hundreds == 0)
        {
            return words;
        }

        return Units[hundreds] + " hundred" + (rest == 0 ? string.Empty : " and " + words);
    }

    /// <summary>74 → "seventy-fourth", as sessions are written ("at its seventy-fourth session").</summary>
    public static string ToOrdinalWords(int number)
    {
        if (number < 1 || number > 999)
        {
            return ToOrdinalSuffixed(number);
        }

        var hundreds = number / 100;
        var rest = number % 100;
        string words;
        if (rest == 0)
        {
            return Units[hundreds] + " hundredth";
        }

        if (rest < 20)
        {
            words = UnitOrdinals[rest];
        }
        else if (rest % 10 == 0)
        {
            words = TenOrdinals[rest / 10];
        }
        else
        {
            words = Tens[rest / 10] + "-" + UnitOrdinals[rest % 10];
        }

        return hundreds == 0 ? words : Units[hundreds] + " hundred and " + words;
    }

    /// <summary>43 → "43rd", as meetings are written ("At its 43rd meeting").</summary>
    public static string ToOrdinalSuffixed(int number)
    {
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lastTwo = Math.Abs(number) % 100;
        if (lastTwo is >= 11 and <= 13)
        {
            return text + "th";
        }

        return (Math.Abs(number) % 10) switch
        {
            1 => text + "st",
            2 => text + "nd",
            3 => text + "rd",
            _ => text + "th",
        };
    }

    /// <summary>The value of a Unicode superscript digit ("²" → 2), or null for any other character.</summary>
    internal static int? SuperscriptDigit(char c)
    {
        var index = "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c);
        return index < 0 ? null : index;
    }

    /// <summary>True for a Unicode superscript digit.</summary>
    // PERF: a comparison, not a search of the ten digits: the template reader asks it of every character of the text.
    internal static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or '\u2070' or (>= '\u2074' and <= '\u2079');

    /// <summary>Unicode superscript digits for footnote markers in plain text: 12 → "¹²".</summary>
    public static string ToSuperscript(int number)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? digits[c - '0'] : c);
        }

        return builder.ToString();
    }

    /// <summary>Capitalizes the first letter: "seventy-fourth" → "Seventy-fourth".</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static int RomanDigit(char c) => c switch
    {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        'd' => 500,
        'm' => 1000,
        _ => 0,
    };
}
