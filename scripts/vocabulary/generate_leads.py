#!/usr/bin/env python3
"""Generates DraftingKit's lead vocabulary from the UN's own AKN4UN files.

Preambular leads are the `name` of each preambular `container` (the UN records the lead there); operative
leads are the italic span that opens each numbered `paragraph` of a resolution's `mainBody`, in its content or, when
it introduces subparagraphs, in its list's intro (annex paragraphs have no leads and are skipped). Writes two TSV files (lead, count, opens), most frequent first: count is how many
paragraphs set the lead in italics, opens how many paragraphs open with its words at all, so that the importer can
tell where an organ ends a lead's italics (the Assembly's "Takes note" of: 505 of 594; the Council's "Expressing" concern).

Usage: python3 scripts/vocabulary/generate_leads.py [corpus folder] [output folder] [file prefix] [language]
Defaults: ../shared/corpus/akn4un/en, src/DraftingKit/Vocabulary, no prefix and "eng" (the General Assembly's leads, which
the rules judge by; the shipped files are read from a folder holding sessions 75 and 76 alone, 650 files, so that session
77 stays unseen by the vocabulary). The Security Council's leads, which the importer takes as evidence of where a
paragraph opens and reads a Council text's italics by:
python3 scripts/vocabulary/generate_leads.py ../shared/corpus/akn4un/sc-en src/DraftingKit/Vocabulary council-
The leads of the texts in French (FRBRlanguage "fra"), which the importer reads a French text's leads by:
python3 scripts/vocabulary/generate_leads.py ../shared/corpus/akn4un/en src/DraftingKit/Vocabulary french- fra
"""
import collections
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
SPACE = re.compile(r"\s+")


def clean(text):
    text = SPACE.sub(" ", text or "").strip()
    return text.rstrip(",:;").strip()


def paragraph_text(element):
    """The words of a paragraph as the templates read them: its text with runs of spaces made one."""
    return SPACE.sub(" ", "".join(element.itertext())).strip()


def openings(text, limit=16):
    """The texts of the first words of text, each ending where a word ends ("Takes", "Takes note", "Takes note of"),
    as the importer matches a lead: the character after it is not a letter or a digit."""
    words = 0
    for end in range(1, len(text) + 1):
        if (end == len(text) or not text[end].isalnum()) and text[end - 1].isalnum():
            yield text[:end]
            words += 1
            if words == limit:
                return


def opening_italic(p):
    """The text of the italic span that opens paragraph p, or None (unnumbered italic lines are headings)."""
    if (p.text or "").strip():
        return None
    for child in p:
        if child.tag.endswith("span") and "italic" in (child.get("class") or ""):
            return clean("".join(child.itertext()))
        return None
    return None


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus", "akn4un", "en")
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "src", "DraftingKit", "Vocabulary")
    prefix = sys.argv[3] if len(sys.argv) > 3 else ""
    wanted = sys.argv[4] if len(sys.argv) > 4 else "eng"
    preambular = collections.Counter()
    operative = collections.Counter()
    preambular_opens = collections.Counter()
    operative_opens = collections.Counter()
    files = 0
    for folder, _, names in sorted(os.walk(corpus)):
        for name in sorted(names):
            if not name.endswith(".xml"):
                continue
            tree = ET.parse(os.path.join(folder, name))
            language = tree.find(".//akn:FRBRExpression/akn:FRBRlanguage", NS)
            if (language.get("language") if language is not None else "eng") != wanted:
                continue  # a text in another language (the French file is filed among the English ones)
            files += 1
            for container in tree.iterfind(".//akn:preamble/akn:container", NS):
                lead = clean(container.get("name"))
                if lead:
                    preambular[lead] += 1
                preambular_opens.update(set(openings(paragraph_text(container))))
            for paragraph in tree.iterfind(".//akn:mainBody//akn:paragraph", NS):
                # A paragraph that introduces subparagraphs holds its words in its list's intro.
                p = paragraph.find("akn:content/akn:p", NS)
                if p is None:
                    p = paragraph.find("akn:list/akn:intro/akn:p", NS)
                if p is None or paragraph.find("akn:num", NS) is None:
                    continue
                lead = opening_italic(p)
                if lead and lead[0].isupper():
                    operative[lead] += 1
                operative_opens.update(set(openings(paragraph_text(p))))
    os.makedirs(output, exist_ok=True)
    for file_name, counter, opens in ((prefix + "preambular-leads.tsv", preambular, preambular_opens), (prefix + "operative-leads.tsv", operative, operative_opens)):
        with open(os.path.join(output, file_name), "w", encoding="utf-8", newline="\n") as out:
            out.write("# lead\tcount\topens  (generated by scripts/vocabulary/generate_leads.py from %d AKN4UN resolutions; source: United Nations)\n" % files)
            for lead, count in sorted(counter.items(), key=lambda item: (-item[1], item[0])):
                out.write("%s\t%d\t%d\n" % (lead, count, max(count, opens[lead])))
    print("%d files: %d preambular leads, %d operative leads" % (files, len(preambular), len(operative)))


if __name__ == "__main__":
    main()
