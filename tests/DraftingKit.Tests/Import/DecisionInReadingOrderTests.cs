using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a decision of a report read from its PDF in pdftotext's reading order. Its formula runs on into its text
/// right under its title ("… United Nations Office on Drugs and Crime" / "The Economic and Social Council, recalling
/// its decision 2015/234 …"), and its labelled paragraphs stand apart from their labels ("(a)" / "" / "Reaffirms …").
/// Wording from the Commission on Narcotic Drugs' report (E/2016/28), draft decision I.
/// </summary>
public sealed class DecisionInReadingOrderTests
{
    private const string Decision =
        "Draft decision I\n\n"
        + "Improving the governance and financial situation of the United\n"
        + "Nations Office on Drugs and Crime: extension of the mandate\n"
        + "of the standing open-ended intergovernmental working group\n"
        + "The Economic and Social Council, recalling its decision 2015/234 of 21 July 2015, entitled “Improving\n"
        + "the governance and financial situation of the United Nations Office on Drugs and Crime”, in which it\n"
        + "decided to renew the mandate of the working group:\n"
        + "(a)\n\n"
        + "Reaffirms the efficiency of the standing open-ended intergovernmental working group\n"
        + "on improving the governance and financial situation of the United Nations Office on\n"
        + "Drugs and Crime;\n\n"
        + "(b)\n\n"
        + "Also reaffirms the role of the Commission on Narcotic Drugs as the principal\n"
        + "policymaking organ of the United Nations on matters of international drug control;\n\n"
        + "(c)\n\n"
        + "Requests that the relevant documentation be provided to the working group not later\n"
        + "than 10 working days before a meeting.\n";

    [Theory]
    [InlineData("The Economic and Social Council, recalling its decision 2015/234 of 21 July 2015, entitled “Improving")]
    [InlineData("The General Assembly decides to include in the provisional agenda of its seventy-eighth session")]
    [InlineData("The General Assembly, on the recommendation of the Fifth Committee, decided")]
    [InlineData("Le Conseil économique et social, rappelant sa décision 2015/234")]
    public void A_formula_that_runs_on_into_its_text_opens_a_line(string line)
    {
        Assert.True(FormulaLine.RunsOn(line));
        Assert.True(FormulaLine.Opens(line));
    }

    [Theory]
    [InlineData("The General Assembly,")]
    [InlineData("The General Assembly Hall will be closed")]
    [InlineData("The Security Council Committee established pursuant to resolution 1267 (1999)")]
    [InlineData("the General Assembly decides to include")]
    [InlineData("The General Assembly")]
    public void The_organs_name_before_no_lower_case_word_runs_on_no_formula(string line) =>
        Assert.False(FormulaLine.RunsOn(line));

    [Fact]
    public void Labels_set_apart_from_their_text_are_the_reading_orders_print() =>
        Assert.True(FlowingText.IsFlowing(Decision.Split('\n'), LeadVocabulary.Default));

    /// <summary>
    /// A text printed without its formula, whose preamble's paragraphs pdftotext sets apart by blank lines, is read in
    /// reading order by its numbers alone over their texts (S/RES/2573 (2021); <see cref="LabelsApart"/>).
    /// </summary>
    [Fact]
    public void Numbers_all_set_apart_from_their_texts_tell_the_reading_order_whatever_the_blank_lines()
    {
        var text = string.Join("\n\n", "Adopted by the Security Council on 27 April 2021", "Reiterating its primary responsibility under the Charter of the United Nations,", "Recalling all relevant Security Council resolutions,", "Reaffirming the full respect for the sovereignty of all States,", "Reiterating the primary responsibility of States to protect the population,", "Gravely concerned about the level of violence against civilians,", "1.", "Strongly condemns attacks against civilians;", "2.", "Demands that all parties to armed conflicts fully comply with their obligations;", "3.", "Decides to remain seized of the matter.");

        Assert.True(FlowingText.IsFlowing(text.Split('\n'), LeadVocabulary.Default));
        Assert.False(FlowingText.IsFlowing(text.Replace("3.\n\nDecides", "3. Decides").Split('\n'), LeadVocabulary.Default));
        Assert.False(FlowingText.IsFlowing(text.Replace("3.\n\nDecides", "Decides").Replace("2.\n\nDemands", "Demands").Split('\n'), LeadVocabulary.Default));
    }

    [Theory]
    [InlineData("The General Assembly,\n\n(a) Reaffirms the efficiency of the working group;\n\n(b) Also reaffirms the role of the Commission;\n")]
    [InlineData("The General Assembly,\n\n(a) Reaffirms the efficiency of the working group;\n\n(b)\n")]
    public void Labels_on_their_texts_lines_or_with_no_text_after_them_say_nothing_of_reading_order(string text) =>
        Assert.False(FlowingText.IsFlowing(text.Split('\n'), LeadVocabulary.Default));

    [Fact]
    public void The_decision_imports_with_its_title_formula_and_labelled_paragraphs()
    {
        var result = UnDocumentImporter.ImportText("E-2016-28.txt", Decision);

        var outline = CarriedModel.AsPlainTextAsRead(Assert.Single(result.Texts).Document).Split('\n');
        Assert.Contains(outline, line => line.StartsWith("header: Decision | Draft | Economic and Social Council", StringComparison.Ordinal)
            && line.Contains("| Improving the governance and financial situation of the United Nations Office on Drugs and Crime: extension of the mandate of the standing open-ended intergovernmental working group |", StringComparison.Ordinal));
        Assert.Contains("  formula: The Economic and Social Council, recalling its decision 2015/234 of 21 July 2015, entitled “Improving the governance and financial situation of the United Nations Office on Drugs and Crime”, in which it decided to renew the mandate of the working group:", outline);
        Assert.Contains("  operative paragraph (a): Reaffirms the efficiency of the standing open-ended intergovernmental working group on improving the governance and financial situation of the United Nations Office on Drugs and Crime;", outline);
        Assert.Contains("  operative paragraph (b): Also reaffirms the role of the Commission on Narcotic Drugs as the principal policymaking organ of the United Nations on matters of international drug control;", outline);
        Assert.Contains("  operative paragraph (c): Requests that the relevant documentation be provided to the working group not later than 10 working days before a meeting.", outline);
    }

    [Fact]
    public void A_title_typed_over_a_running_formula_parts_from_it_in_a_text_with_blank_lines()
    {
        var text = "Draft decision I\n\nExtension of the mandate of the working group\nThe Economic and Social Council decides to extend the mandate of the working group.\n";

        var outline = CarriedModel.AsPlainTextAsRead(Assert.Single(UnDocumentImporter.ImportText("E-2016-28.txt", text).Texts).Document).Split('\n');
        Assert.EndsWith("| Extension of the mandate of the working group | ", outline[0], StringComparison.Ordinal);
        Assert.Contains("  formula (runs on): The Economic and Social Council", outline);
        Assert.Contains("  operative paragraph (unnumbered): decides to extend the mandate of the working group.", outline);
    }
}
