// Partial of BodyBuilder: one part of the text (formula, preamble, operative part) as it is read, nested because only the builder makes one.
using DraftingKit.Model;
using Markdig.Syntax;
using SourceSpan = DraftingKit.Model.SourceSpan;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private sealed class PartBuilder
    {
        public PartBuilder(string? designation, SourceSpan span)
        {
            Designation = designation;
            Span = span;
        }

        public string? Designation { get; }

        public SourceSpan Span { get; }

        public InlineText? Title { get; set; }

        public InlineText? DesignationNote { get; set; }

        public EnactingFormula? Formula { get; set; }

        public BlockDrafts Preamble { get; } = new();

        public BlockDrafts Operative { get; } = new();

        public ParagraphDraft? LastParagraph => Operative.Count > 0 ? Operative.LastParagraph : Preamble.LastParagraph;

        public bool IsLettered { get; private set; }

        public int LastLetter { get; private set; }

        public void Add(ParagraphDraft paragraph)
        {
            if (paragraph.Kind != ParagraphKind.Text)
            {
                SectionOpening = false;
                ListedAfterColon = false;
            }

            if (paragraph.Kind == ParagraphKind.Operative)
            {
                if (paragraph.Style == NumberStyle.Letter)
                {
                    IsLettered = true;
                    LastLetter = paragraph.Number ?? LastLetter;
                }

                Operative.Add(paragraph);
            }
            else if (paragraph.Kind == ParagraphKind.Preambular || Operative.Count == 0)
            {
                Preamble.Add(paragraph);
            }
            else
            {
                Operative.Add(paragraph);
            }
        }

        /// <summary>
        /// True when an unnumbered paragraph among the operative paragraphs stands where the UN's adopted texts set
        /// one (measured on the 647 resolutions of the UN corpus): the text a first paragraph adopts ("*Adopts* the
        /// following declaration:", 75/1, 76/1, 76/3); the restated preamble or single unnumbered paragraph of a
        /// section, opening with its italic lead right after the section's heading (budget resolutions: "## II",
        /// "*Having considered* …", "1. *Takes note* …"); a note under a table; the items a paragraph ending with
        /// a colon introduces ("8. *Decides* that the plenary meetings will be held as follows:" "Thursday, 2 June:
        /// …"); and the words that close a paragraph after its subparagraphs ("and demands that …").
        /// </summary>
        public bool HoldsUnnumberedText(InlineText text)
        {
            if (AdoptsFollowingText)
            {
                return true;
            }

            var last = Operative.Count > 0 ? Operative[Operative.Count - 1] : default;
            var opensWithLead = text.Inlines.Count > 0 && text.Inlines[0] is Emphasis;
            switch (last.Block)
            {
                case Heading:
                    return opensWithLead;
                case Model.Table:
                    return true;
                case null when last.Paragraph is { } paragraph:
                    if (paragraph.Kind == ParagraphKind.Text && paragraph.Label is null && (SectionOpening || ListedAfterColon))
                    {
                        return SectionOpening ? opensWithLead : true;
                    }

                    if (paragraph.EndsWithColon && paragraph.Ladder.IsEmpty)
                    {
                        ListedAfterColon = true;
                        return true;
                    }

                    var plain = text.PlainText.TrimStart();
                    return !paragraph.Ladder.IsEmpty && plain.Length > 0 && char.IsLower(plain[0]);
                default:
                    return false;
            }
        }

        /// <summary>The operative part opens with an unnumbered paragraph that adopts the text that follows it.</summary>
        private bool AdoptsFollowingText =>
            Preamble.LastOrDefault(entry => entry.Block is not Heading).Paragraph is { Kind: ParagraphKind.Preambular, Number: null } opening
            && AdoptsFollowing(opening);

        /// <summary>
        /// True while the paragraphs read stand after an unnumbered paragraph that adopts "the following" text and have
        /// no lead of their own: they are that text (AdoptedText.Move), so a "(a)" among them is an item of the paragraph
        /// before it, never the first paragraph of a lettered decision (77/276: "*Decides* … on the following
        /// questions:", the quoted "Having particular regard to …," then the questions "(a)" and "(b)").
        /// </summary>
        public bool InAdoptedText
        {
            get
            {
                if (Operative.Count > 0)
                {
                    return false;
                }

                var start = Preamble.Count - 1;
                while (start >= 0 && !(Preamble[start].Paragraph is { Kind: ParagraphKind.Preambular, Number: null } paragraph && AdoptsFollowing(paragraph)))
                {
                    start--;
                }

                return start >= 0
                    && start < Preamble.Count - 1
                    && Preamble.Skip(start + 1).All(entry => entry.Paragraph is { } paragraph && !(paragraph.Text.Inlines.Count > 0 && paragraph.Text.Inlines[0] is Emphasis));
            }
        }

        private static bool AdoptsFollowing(ParagraphDraft paragraph) =>
            paragraph.EndsWithColon
            && paragraph.Text.Inlines.Count > 0 && paragraph.Text.Inlines[0] is Emphasis
            && paragraph.Text.PlainText.IndexOf(" the following ", StringComparison.Ordinal) >= 0;

        /// <summary>Unnumbered paragraphs since the last heading open a section (its restated preamble).</summary>
        private bool SectionOpening { get; set; }

        /// <summary>Unnumbered paragraphs since the last paragraph ending with a colon are the items it introduces.</summary>
        private bool ListedAfterColon { get; set; }

        public void Add(BodyBlock block)
        {
            SectionOpening = block is Heading;
            ListedAfterColon = false;
            if (Operative.Count > 0 || OpensOperativePart(block))
            {
                Operative.Add(block);
            }
            else
            {
                Preamble.Add(block);
            }
        }

        /// <summary>
        /// A heading right after the formula opens the operative part: a preamble has no headings, and a budget
        /// resolution that opens with "## I" sets each section's restated preamble ("*Recalling* …") under its heading.
        /// </summary>
        private bool OpensOperativePart(BodyBlock block) => block is Heading && Formula is not null && Preamble.Count == 0;

        public DocumentPart Build()
        {
            var preamble = Preamble.Build();
            var operative = Operative.Build();
            AdoptedText.Move(preamble, operative, paragraph => paragraph.Lead, Vocabulary.LeadVocabulary.Default);

            // Headings divide the operative part, never close a preamble: headings read before the first numbered
            // paragraph ("I. Introduction" opening a budget resolution's operative part) belong to it.
            while (operative.Count > 0 && preamble.Count > 0 && preamble[preamble.Count - 1] is Heading heading)
            {
                preamble.RemoveAt(preamble.Count - 1);
                operative.Insert(0, heading);
            }

            // An unnumbered paragraph that opens with an operative lead ("*Adopts* the following declaration:",
            // "*Resolves* that:", "*Urges* all countries …:" with its subparagraphs) after the preamble is the operative
            // part's unnumbered first paragraph, whether numbered paragraphs follow or not. One that ends with the
            // comma of a preambular paragraph stays in the preamble, where the lead rule (DK1101) reports its verb.
            if (preamble.Count > 0 && preamble[preamble.Count - 1] is PreambularParagraph { Lead: { } lead } opening
                && !opening.Text.PlainText.TrimEnd().EndsWith(",", StringComparison.Ordinal)
                && Vocabulary.LeadVocabulary.Default.Operative.ContainsKey(lead)
                && !Vocabulary.LeadVocabulary.Default.Preambular.ContainsKey(lead))
            {
                preamble.RemoveAt(preamble.Count - 1);
                operative.Insert(0, new OperativeParagraph(null, NumberStyle.Arabic, opening.Text, opening.Subparagraphs, opening.Span));
            }

            // A text with no numbered paragraph ends in its single operative paragraph: the last paragraph that
            // closes with a full stop, not the comma of a preambular paragraph.
            if (operative.Count == 0 && preamble.Count > 0 && preamble[preamble.Count - 1] is PreambularParagraph last
                && last.Text.PlainText.TrimEnd().EndsWith(".", StringComparison.Ordinal))
            {
                preamble.RemoveAt(preamble.Count - 1);
                operative.Add(new OperativeParagraph(null, NumberStyle.Arabic, last.Text, last.Subparagraphs, last.Span));
            }

            return new DocumentPart(Designation, Title, Formula, EquatableArray.From(preamble), EquatableArray.From(operative), Span) { DesignationNote = DesignationNote };
        }
    }
}
