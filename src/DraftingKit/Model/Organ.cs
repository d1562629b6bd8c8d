using System;
using System.Collections.Generic;

namespace DraftingKit.Model;

/// <summary>
/// A United Nations organ that adopts resolutions or decisions. <see cref="FormulaSubject"/> is how the
/// enacting formula names it ("The General Assembly").
/// </summary>
public sealed record Organ(string Name, string FormulaSubject, string SymbolPrefix, bool CountsSessionsByYear)
{
    /// <summary>The General Assembly; sessions are numbered ("Seventy-fourth session").</summary>
    public static Organ GeneralAssembly { get; } = new("General Assembly", "The General Assembly", "A/", false);

    /// <summary>The Economic and Social Council; sessions are named by year ("2017 session").</summary>
    public static Organ EconomicAndSocialCouncil { get; } = new("Economic and Social Council", "The Economic and Social Council", "E/", true);

    /// <summary>The Security Council.</summary>
    public static Organ SecurityCouncil { get; } = new("Security Council", "The Security Council", "S/", false);

    /// <summary>The Human Rights Council.</summary>
    public static Organ HumanRightsCouncil { get; } = new("Human Rights Council", "The Human Rights Council", "A/HRC/", false);

    /// <summary>Every organ DraftingKit knows, the functional commissions of the Council included.</summary>
    public static IReadOnlyList<Organ> Known { get; } = new[]
    {
        GeneralAssembly,
        EconomicAndSocialCouncil,
        SecurityCouncil,
        HumanRightsCouncil,
        new Organ("Commission on Crime Prevention and Criminal Justice", "The Commission on Crime Prevention and Criminal Justice", "E/CN.15/", false),
        new Organ("Commission on Narcotic Drugs", "The Commission on Narcotic Drugs", "E/CN.7/", false),
        new Organ("Commission on the Status of Women", "The Commission on the Status of Women", "E/CN.6/", false),
        new Organ("Commission for Social Development", "The Commission for Social Development", "E/CN.5/", false),
        new Organ("Commission on Population and Development", "The Commission on Population and Development", "E/CN.9/", false),
        new Organ("Commission on Science and Technology for Development", "The Commission on Science and Technology for Development", "E/CN.16/", false),
        new Organ("Statistical Commission", "The Statistical Commission", "E/CN.3/", false),
        new Organ("United Nations Forum on Forests", "The United Nations Forum on Forests", "E/CN.18/", false),
    };

    /// <summary>Finds a known organ by its name, ignoring case; null when the name is not known.</summary>
    public static Organ? Find(string name)
    {
        foreach (var organ in Known)
        {
            if (string.Equals(organ.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return organ;
            }
        }

        return null;
    }

    /// <summary>An organ named in front matter that DraftingKit does not know; the formula is derived from the name.</summary>
    public static Organ Other(string name) => new(name, "The " + name, string.Empty, false);
}
