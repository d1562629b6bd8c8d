#!/usr/bin/env python3
"""Builds DraftingKit's embedded catalog of resolutions and decisions, with each row's provenance.

Sources (source: United Nations; see ../shared/data/catalog/README.md):
  1. ga-resolutions-catalog.csv: official records (symbol, adoption date, title) of General Assembly
     resolutions of sessions 74-80 (every one), recorded-vote resolutions of sessions 58-73, and Security
     Council resolutions since 2000.
  2. ga-citation-dates.csv: adoption dates as later UN texts cite them (General Assembly back to the first
     session, Human Rights Council, Security Council, Economic and Social Council).
  3. the seed documents: every resolution cited there with a date ("resolution 25/2 of 27 May 2016"),
     including functional-commission resolutions that no other source covers.

An official record wins over citations; citations with a dissenting date keep it in `other_dates`, so the
rules can tell a slip from the record. Output: src/DraftingKit/Citations/catalog.tsv (one row a text) and
catalog-coverage.tsv (the organs and sessions for which the catalog is complete).

Usage: python3 scripts/catalog/build_catalog.py [shared folder]
"""
import csv
import os
import re
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATE = r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})"
NUMBER = r"(?:\d{4}/\d{1,3}|S-\d+/\d+|ES-\d+/\d+|\d{1,3}/\d{1,4}(?: [A-Z](?![a-z]))?|\d{1,4} (?:[A-Z] )?\([IVXLC]+\))"
ORGANS = [
    ("Economic and Social Council", "ECOSOC"),
    ("Security Council", "SC"),
    ("Human Rights Council", "HRC"),
    ("Commission on Crime Prevention and Criminal Justice", "CCPCJ"),
    ("Commission on Narcotic Drugs", "CND"),
    ("Commission on the Status of Women", "CSW"),
    ("Commission for Social Development", "CSocD"),
    ("Commission on Population and Development", "CPD"),
    ("General Assembly", "GA"),
]


def key_from_symbol(symbol):
    """(organ, number) from an official symbol: A/RES/74/177 -> (GA, 74/177)."""
    symbol = symbol.strip()
    for prefix, organ in (("A/HRC/RES/", "HRC"), ("A/RES/", "GA"), ("S/RES/", "SC"), ("E/RES/", "ECOSOC")):
        if symbol.startswith(prefix):
            number = symbol[len(prefix):]
            number = re.sub(r"(\d)\(", r"\1 (", number)  # A/RES/217(III) -> 217 (III)
            return organ, number
    return None


def organ_before(text, start, document_organ):
    """The organ named in the words before a citation; "its resolution" is the document's own organ."""
    window = text[max(0, start - 90):start]
    best = None
    for name, organ in ORGANS:
        position = window.rfind(name)
        if position >= 0 and (best is None or position > best[0]):
            best = (position, organ)
    if best is not None and not re.search(r"\b(its|General Assembly)\s+(resolutions?|decisions?)\s*$", window[best[0]:]) or (best is not None and best[1] != "GA"):
        return best[1]
    return document_organ


def seed_citations(seeds):
    """Resolutions cited with a date in the seeds, with the line they come from."""
    rows = []
    list_pattern = re.compile(r"\b(resolutions?|decisions?)\s+((?:" + NUMBER + r"(?: of " + DATE + r")?(?:, | and |, and ))*" + NUMBER + r" of " + DATE + r")")
    item_pattern = re.compile("(" + NUMBER + r")(?: of " + DATE + r")?")
    for name in sorted(os.listdir(seeds)):
        path = os.path.join(seeds, name)
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        document_organ = "GA"
        for number, line in enumerate(lines, 1):
            plain = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", line).replace("*", "")
            if plain.strip() in ("The Economic and Social Council,", "The Economic and Social Council:") or plain.startswith("The Economic and Social Council"):
                document_organ = "ECOSOC"
            elif plain.startswith("The General Assembly"):
                document_organ = "GA"
            elif plain.startswith("The Commission on Crime Prevention"):
                document_organ = "CCPCJ"
            for match in list_pattern.finditer(plain):
                kind = "decision" if match.group(1).startswith("decision") else "resolution"
                organ = organ_before(plain, match.start(), document_organ)
                pending = []
                for item in item_pattern.finditer(match.group(2)):
                    pending.append(item.group(1))
                    if item.group(2):
                        date = "%s-%02d-%02d" % (item.group(4), MONTHS.index(item.group(3)) + 1, int(item.group(2)))
                        for cited in pending:
                            item_organ = organ
                            if re.fullmatch(r"\d{4}/\d+", cited) and organ == "GA":
                                item_organ = "ECOSOC"
                            rows.append((item_organ, cited, kind, date, "seed %s line %d" % (name[:3], number)))
                        pending = []
    return rows


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared")
    catalog_folder = os.path.join(shared, "data", "catalog")
    entries = {}

    with open(os.path.join(catalog_folder, "ga-resolutions-catalog.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = key_from_symbol(row["symbol"])
            if key:
                # Recorded-vote data is a weaker record: its day of the month is sometimes wrong.
                evidence = "vote-record" if row["source"].startswith("dgrtwo/unvotes") else "record"
                entries[key] = {"kind": "resolution", "date": row["date"], "title": row["title"],
                                "source": row["source"], "evidence": evidence, "other": ""}

    with open(os.path.join(catalog_folder, "ga-citation-dates.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = key_from_symbol(row["symbol"])
            if not key:
                continue
            cited = "cited:%s" % row["n_citing_texts"]
            if key in entries:
                entry = entries[key]
                if entry["evidence"] == "vote-record" and row["date"] == entry["date"]:
                    entry["evidence"] = "vote-record+" + cited
                elif entry["evidence"] == "vote-record" and int(row["n_citing_texts"]) >= 2:
                    # Two or more texts citing another date outweigh the vote record's date.
                    entry["other"] = ";".join(x for x in (entry["other"], entry["date"] + ":vote-record") if x)
                    entry["date"], entry["evidence"] = row["date"], cited
                    entry["source"] = "ga-citation-dates.csv (as cited by %s texts, e.g. %s; the vote record says otherwise)" % (row["n_citing_texts"], row["example_citing"])
                elif row["date"] != entry["date"]:
                    entry["other"] = ";".join(x for x in (entry["other"], row["date"] + ":" + row["n_citations"]) if x)
                if row["other_dates"]:
                    entry["other"] = ";".join(x for x in (entry["other"], row["other_dates"]) if x)
                continue
            entries[key] = {"kind": "resolution", "date": row["date"], "title": "",
                            "source": "ga-citation-dates.csv (as cited by %s texts, e.g. %s)" % (row["n_citing_texts"], row["example_citing"]),
                            "evidence": cited, "other": row["other_dates"]}

    for organ, number, kind, date, where in seed_citations(os.path.join(shared, "seeds")):
        key = (organ, number) if kind == "resolution" else (organ, "decision " + number)
        if key in entries:
            entry = entries[key]
            if entry["date"] != date and date + ":seed" not in entry["other"]:
                entry["other"] = ";".join(x for x in (entry["other"], date + ":seed") if x)
            continue
        entries[key] = {"kind": kind, "date": date, "title": "", "source": "cited in " + where,
                        "evidence": "cited:seed", "other": ""}

    output = os.path.join(root, "src", "DraftingKit", "Citations")
    with open(os.path.join(output, "catalog.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# organ\tnumber\tkind\tdate\tevidence\tother_dates\ttitle\tsource  (generated by scripts/catalog/build_catalog.py; source: United Nations)\n")
        for (organ, number), entry in sorted(entries.items()):
            out.write("\t".join([organ, number.replace("decision ", ""), entry["kind"], entry["date"], entry["evidence"],
                                 entry["other"], entry["title"].replace("\t", " "), entry["source"]]) + "\n")
    print("%d catalog rows" % len(entries))


if __name__ == "__main__":
    main()
