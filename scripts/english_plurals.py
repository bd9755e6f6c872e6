"""Fill the English catalogue's plural forms (smmdesk_en.ts) from the source texts.

The source strings are English with a "(s)" or a plural noun ("%n post(s)", "%n days"); Qt
shows them as written unless a catalogue gives the forms for 1 and for many, so English needs
its own small catalogue of plural messages only (``pyside6-lupdate -pluralonly``). Run by
scripts/update-translations.sh; a form already filled by hand is kept.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Words whose singular is not the source without "(s)": verbs agree the other way round.
VERBS = {"need(s)": ("needs", "need"), "allow(s)": ("allows", "allow")}
SINGULAR_AFTER = {"photo(s) were": "photo was", "posts were": "post was"}
# Plural nouns written out in a source without "(s)": their singular.
NOUNS = {
    "posts": "post",
    "days": "day",
    "times": "time",
    "accounts": "account",
    "photos": "photo",
    "hours": "hour",
    "rows": "row",
    "figures": "figure",
    "entries": "entry",
}


# Plural messages lupdate cannot see as such (``QCoreApplication.translate(ctx, text, "", n)``
# outside a class): added here so English gets their forms too.
EXTRA = (
    ("PlanModels", "%n post(s)"),
    ("PlanUndo", "Move %n day(s) earlier"),
    ("PlanUndo", "Move %n day(s) later"),
)


def add_extra(root: ET.Element) -> None:
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, source in EXTRA:
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        if any(m.findtext("source") == source for m in context.iter("message")):
            continue
        message = ET.SubElement(context, "message", numerus="yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        ET.SubElement(translation, "numerusform")
        ET.SubElement(translation, "numerusform")


def forms(source: str) -> tuple[str, str]:
    """(singular, plural) English forms of a ``%n`` source text."""
    one, many = source, source
    for phrase, single in SINGULAR_AFTER.items():
        one = one.replace(phrase, single)
    for verb, (single, plural) in VERBS.items():
        one, many = one.replace(verb, single), many.replace(verb, plural)
    one = re.sub(r"(\w)\(s\)", r"\1", one)
    many = re.sub(r"(\w)\(s\)", r"\1s", many)
    if "(s)" not in source and one == source:
        # "%n posts", "%n posting times a week": the first plural noun in the 3 words after %n
        match = re.search(r"%n((?: \w+){1,3})", one)
        if match:
            words = match.group(1).split(" ")
            for i, word in enumerate(words):
                if word in NOUNS:
                    words[i] = NOUNS[word]
                    break
            start, end = match.span(1)
            one = one[:start] + " ".join(words) + one[end:]
    return one, many


# Contexts left out: the problems are worded in English by the domain's own table
# (``domain/problems.py``, the same sentences as the command line, with real plurals), and
# ``ui/problem_words.words`` shows that table whenever the UI's wording is not translated.
NOT_HERE = ("Problems",)


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if context.findtext("name") in NOT_HERE:
            root.remove(context)
    add_extra(root)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        slots = translation.findall("numerusform")
        if len(slots) != 2 or any((s.text or "").strip() for s in slots):
            continue
        slots[0].text, slots[1].text = forms(source)
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(fill(Path(sys.argv[1])), "plural messages filled")
