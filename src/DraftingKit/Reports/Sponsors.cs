using System.Text;

namespace DraftingKit.Reports;

/// <summary>Sponsor lists as reports write them: "Armenia, Belarus and the Central African Republic".</summary>
public static class Sponsors
{
    /// <summary>The names joined with commas and a final "and", without a serial comma (UN style).</summary>
    public static string Join(IReadOnlyList<SponsorName> names)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i == names.Count - 1 ? " and " : ", ");
            }

            builder.Append(names[i].Name);
        }

        return builder.ToString();
    }
}
