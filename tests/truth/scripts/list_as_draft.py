#!/usr/bin/env python3
"""Writes a truth list as a data file that `report-charts score --drafts DIR` scores against
another list of the same text: how far two careful readers, each blind to the other,
agree (README, "Score": the ceiling a draft is measured under).

Usage: list_as_draft.py LIST.json TEXT.txt OUT.json   (never writes over an existing OUT)

Each figure becomes a data file's figure: its label, value, unit, qualifier, change,
compare, status and period as the list writes them, with the two kinds the score reads
from a list's words (`growth` in 倍 is `times`, `decline` in the figure's own unit is
`reduced`: tests/truth/README.md), and as its source the sentence of the text that holds
its quote (the score finds a figure by its source sentence, as it finds the draft's).
Headings of level 1 become sections, those of level 2 their topics.
"""
import json
import os
import re
import sys

ENDS = "。！？\n"


def stripped(text):
    return re.sub(r"\s+", "", text)


def sentence(text, quote, nth):
    """The sentence of `text` (whitespace removed) holding the nth `quote`."""
    flat = stripped(text)
    q = stripped(quote)
    at = -1
    for _ in range(max(1, nth)):
        at = flat.find(q, at + 1)
        if at < 0:
            sys.exit(f"quote not in text: {quote}")
    lined = re.sub(r"[ \t\u3000]+", "", text)
    # Sentence ends are searched in the text with its line breaks kept.
    ends = set()
    pos = 0
    for c in lined:
        if c in ENDS:
            ends.add(pos)
        if not c.isspace():
            pos += 1
    start = max([e for e in ends if e <= at] + [0])
    stop = min([e for e in ends if e >= at + len(q)] + [len(flat)])
    return flat[start:stop].strip("。！？")


def kind(change, unit):
    k, u = change.get("kind", ""), change.get("unit", "")
    if k == "growth" and u == "倍":
        return "times"
    if k == "decline" and u not in ("%", "个百分点", ""):
        return "reduced"
    return k


def change_of(c, unit):
    if not c:
        return None
    out = dict(c)
    out["kind"] = kind(c, unit)
    return out


def figure(i, f, text):
    out = {
        "id": f"f{i}",
        "label": {"zh": f.get("label", "")},
        "value": f.get("value"),
        "unit": {"zh": f.get("unit", "")},
        "status": f.get("status", "result"),
        "source": sentence(text, f["quote"], f.get("nth", 1)),
    }
    for key in ("to", "qualifier"):
        if f.get(key) is not None:
            out[key] = f[key]
    for key in ("change", "compare"):
        c = change_of(f.get(key), f.get("unit", ""))
        if c:
            out[key] = c
    if f.get("period"):
        out["period"] = {"zh": f["period"]}
    return out


def sections(headings):
    out = []
    for h in headings:
        if h["level"] == 1 or not out:
            out.append({"title": {"zh": h["text"]}, "topics": []})
        if h["level"] == 2:
            out[-1]["topics"].append({"title": {"zh": h["text"]}})
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    lst = json.load(open(sys.argv[1], encoding="utf-8"))
    text = open(sys.argv[2], encoding="utf-8").read()
    if os.path.exists(sys.argv[3]):
        sys.exit(f"{sys.argv[3]}: exists; this script writes only new files")
    doc = {
        "figures": [figure(i, f, text) for i, f in enumerate(lst["figures"])],
        "sections": sections(lst.get("headings", [])),
    }
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        json.dump(doc, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
