using DraftingKit.Comparison;

namespace DraftingKit.Tests.Comparison;

/// <summary>How <see cref="BaseFinder"/> picks the base of a draft (issue 21).</summary>
public sealed class BaseFinderTests
{
    private const string Body = "*Reaffirming* its resolution 73/185 of 17 December 2018 on the rule of law, crime prevention and criminal justice in the context of the Sustainable Development Goals,\n\n1. *Urges* Member States to continue to strengthen international cooperation in criminal matters;\n";

    [Fact]
    public void The_latest_earlier_session_with_the_same_title_wins()
    {
        var draft = ComparedTexts.Draft(Body, 77);
        var s75 = ComparedTexts.Draft(Body, 75);
        var s76 = ComparedTexts.Draft(Body, 76);

        var choice = BaseFinder.Find(draft, new[] { s75, s76, ComparedTexts.Draft(Body, 78) });

        Assert.Same(s76, choice!.Document);
        Assert.Equal("same title, session 76", choice.Reason);
    }

    [Fact]
    public void A_title_that_differs_only_in_its_numbers_is_the_same_series()
    {
        var draft = ComparedTexts.Draft(Body, 77, "Report of the International Law Commission on the work of its seventy-third session");
        var earlier = ComparedTexts.Draft(Body, 76, "Report of the International Law Commission on the work of its seventy-second session");

        Assert.Equal("same title but for its numbers, session 76", BaseFinder.Find(draft, new[] { earlier })!.Reason);
    }

    [Fact]
    public void A_near_title_needs_alike_wording_too()
    {
        var draft = ComparedTexts.Draft(Body, 77, "Promotion of sustainable and resilient tourism, including ecotourism, for poverty eradication and environmental protection");
        var alike = ComparedTexts.Draft(Body, 75, "Promotion of sustainable tourism, including ecotourism, for poverty eradication and environment protection");
        var unlike = ComparedTexts.Draft("*Recalling* the Convention on Biological Diversity,\n\n1. *Decides* to include the item in the provisional agenda of its eightieth session;\n", 76, alike.Header.Title!);

        var choice = BaseFinder.Find(draft, new[] { alike, unlike });

        Assert.Same(alike, choice!.Document);
        Assert.StartsWith("nearest title (0.", choice.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void No_earlier_text_on_the_subject_gives_no_base()
    {
        var draft = ComparedTexts.Draft(Body, 77);
        var other = ComparedTexts.Draft(Body, 76, "Situation of human rights in Myanmar");

        Assert.Null(BaseFinder.Find(draft, new[] { other, draft }));
    }
}
