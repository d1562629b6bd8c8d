#!/usr/bin/env python3
"""Generates DraftingKit's table of the compounds the UN writes with a hyphen, from the UN's own AKN4UN files.

Reads the text of every English AKN4UN file of both organs (the metadata left out) and counts, for each word the
UN writes with a hyphen ("know-how", "well-being", "nuclear-weapon-free"), how often it is written so and how often
the same letters stand as one word ("knowhow"; case ignored), in each source: the General Assembly's sessions 75, 76
and 77 and the Security Council. A PDF's reading order drops the hyphen of a word broken at a line's end, and the
importer asks this table whether the UN hyphenates the word it was left with; the counts stay per source so that a
test can build the table from some sources and measure it on another (DraftingKit.Vocabulary.CompoundVocabulary
applies the rule: hyphenated far more often than whole).

A word is listed when the UN hyphenates it at least twice in all (the least any source's subset can need), a word
of letters or a name and its number ("COVID-19"), not numbers alone ("2020-2021"). A word the UN writes only whole
is listed too when it splits into two words of three letters or more of the same source ("framework": "frame",
"work"), the kind of word the importer might otherwise take for two words run together; its whole count in a source
is kept only when it splits there, so that a source's counts say nothing of another's words. Writes compounds.tsv:
joined letters, the hyphenated form (lower case, the most frequent; the letters when never hyphenated), then
hyphenated and whole counts per source.

Writes inner-capitals.tsv too: the words the UN writes whole with a capital inside, before two small letters ("CHamoru",
"eTrade", "FishCode"), as written, with their counts per source. A capital inside a word the reading order joined
says a hyphen was lost there ("Hague-Marrakech" read as "HagueMarrakech"), unless the UN writes the word so.

Usage: python3 scripts/vocabulary/generate_compounds.py [corpus folder] [output folder]
Defaults: ../shared/corpus/akn4un and src/DraftingKit/Vocabulary.
"""
import collections
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
# A word of letters and digits, with its hyphens; the UN's non-breaking hyphen (U+2011) and U+2010 are hyphens too.
WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
SOURCES = (("ga75", os.path.join("en", "75")), ("ga76", os.path.join("en", "76")), ("ga77", os.path.join("en", "77")), ("sc", "sc-en"))


# Marks inside a word: "Saf<span class="italic">er</span>Guard" is one word, "SaferGuard".
INLINE = (NS + "span", NS + "sup")


def text_of(element):
    """The document's words, its metadata left out."""
    if element.tag == NS + "meta":
        return
    if element.text:
        yield element.text
    for child in element:
        apart = child.tag not in INLINE
        if apart:
            yield " "
        yield from text_of(child)
        if apart:
            yield " "
        if child.tail:
            yield child.tail


def words(path):
    tree = ET.parse(path)
    language = tree.find(".//%sFRBRExpression/%sFRBRlanguage" % (NS, NS))
    if language is not None and language.get("language") != "eng":
        return None  # the French file filed among the English ones
    text = "".join(text_of(tree.getroot()))
    text = text.replace("\u2011", "-").replace("\u2010", "-").replace("\u00ad", "")
    return WORD.findall(text)


def inner_capital(word):
    """True when a capital stands inside the word before two small letters: "FishCode", "CHamoru", not "NGOs"."""
    return any(word[i].isupper() and word[i + 1].islower() and word[i + 2].islower() for i in range(1, len(word) - 2))


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus", "akn4un")
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "src", "DraftingKit", "Vocabulary")
    hyphenated = {name: collections.Counter() for name, _ in SOURCES}
    whole = {name: collections.Counter() for name, _ in SOURCES}
    forms = collections.defaultdict(collections.Counter)
    capitals = {name: collections.Counter() for name, _ in SOURCES}
    files = collections.Counter()
    for name, folder in SOURCES:
        for directory, _, names in sorted(os.walk(os.path.join(corpus, folder))):
            for file_name in sorted(names):
                if not file_name.endswith(".xml"):
                    continue
                found = words(os.path.join(directory, file_name))
                if found is None:
                    continue
                files[name] += 1
                for word in found:
                    lower = word.lower()
                    if "-" not in word:
                        whole[name][lower] += 1
                        if word.isalpha() and inner_capital(word):
                            capitals[name][word] += 1
                        continue
                    parts = lower.split("-")
                    if not any(part.isalpha() for part in parts) or not all(part.isalnum() for part in parts):
                        continue  # "2020-2021", "A-75": numbers and codes, no compound
                    if not parts[0][0].isalpha():
                        continue
                    letters = "".join(parts)
                    hyphenated[name][letters] += 1
                    forms[letters][lower] += 1
    listed = set(letters for letters in forms if sum(hyphenated[name][letters] for name, _ in SOURCES) >= 2)
    # Whole words that split into two words of their own source: the UN's evidence that they are one word.
    split_whole = {name: collections.Counter() for name, _ in SOURCES}
    for name, _ in SOURCES:
        for word, count in whole[name].items():
            if word.isalpha() and any(word[:i] in whole[name] and word[i:] in whole[name] for i in range(3, len(word) - 2)):
                split_whole[name][word] = count
                if word not in forms:
                    listed.add(word)
    listed = sorted(listed)
    os.makedirs(output, exist_ok=True)
    with open(os.path.join(output, "compounds.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# letters\thyphenated form\t" + "\t".join("%s hyphenated\t%s whole" % (name, name) for name, _ in SOURCES)
                  + "  (generated by scripts/vocabulary/generate_compounds.py from %s AKN4UN files; source: United Nations)\n"
                  % ", ".join("%s %d" % (name, files[name]) for name, _ in SOURCES))
        for letters in listed:
            if letters in forms:
                form = sorted(forms[letters].items(), key=lambda item: (-item[1], item[0]))[0][0]
                counts = "\t".join("%d\t%d" % (hyphenated[name][letters], whole[name][letters]) for name, _ in SOURCES)
            else:
                form = letters
                counts = "\t".join("0\t%d" % split_whole[name][letters] for name, _ in SOURCES)
            out.write("%s\t%s\t%s\n" % (letters, form, counts))
    written = sorted(set(word for name, _ in SOURCES for word in capitals[name]))
    with open(os.path.join(output, "inner-capitals.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# word\t" + "\t".join("%s whole" % name for name, _ in SOURCES)
                  + "  (generated by scripts/vocabulary/generate_compounds.py from %s AKN4UN files; source: United Nations)\n"
                  % ", ".join("%s %d" % (name, files[name]) for name, _ in SOURCES))
        for word in written:
            out.write("%s\t%s\n" % (word, "\t".join("%d" % capitals[name][word] for name, _ in SOURCES)))
    print("%s files: %d compounds, %d words with a capital inside" % (dict(files), len(listed), len(written)))


if __name__ == "__main__":
    main()
