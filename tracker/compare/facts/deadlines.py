"""Deadlines: the dates a changed clause sets for its readers.

A date in the new text of a clause is a deadline unless it is one of these:

* a date the clause already had (it did not change), or one a removed clause had;
* the change's effective date, the day the new version of the document binds from (it is
  shown with the change already).  One exception: when the effective date was read from
  this very sentence and the sentence is a rule that the date opens ("Effective June 30,
  2024, unregistered sender IDs will have their traffic blocked"), the date is also the
  day by which readers must comply with that rule, so it is a deadline too.  A sentence
  about the document itself ("Effective June 1, 2022, this policy applies ...", "These
  Terms take effect on ...") is never a deadline;
* a label of the version ("Last updated: April 9, 2026", "Effective date: May 1, 2024"
  standing alone); "Effective January 31, 2024, only verified numbers ..." is no label
  but a rule's start;
* a record of the past ("announced on", "was", "since", "as of");
* the date heading a change-log entry ("July 9, 2025: Updated the Brazil requirements").
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.compare.dates import DateMention
from tracker.compare.effective import last_updated_in
from tracker.compare.facts.asks import sentence_at
from tracker.models import EffectiveDate, Fact

# Words right before a date that make it a record of the past, not a date to meet.
_PAST = re.compile(
    r"\b(?:announced|published|posted|released|launched|introduced|updated|revised|amended"
    r"|modified|since|was|were|dated|issued|signed|created|received|founded|as\s+of)\b"
    r"[^.;:]{0,24}$",
    re.I,
)
_ENTRY_HEAD = re.compile(r"^\W*$")
# "Effective June 30, 2024, ...", "Starting on January 31, 2024, ...": a date opening a rule.
_OPENER = re.compile(
    r"\b(?:effective|starting|beginning|commencing|from)(?:\s+(?:on|from))?\s*$", re.I
)
_RULE_AFTER = re.compile(r"^\s*,\s*(?:[\w'’()-]+[\s,]+){3}")
_ABOUT_DOCUMENT = re.compile(
    r"^\s*,\s*(?:[\w'’-]+\s+){0,3}?(?:terms|policy|policies|agreement|guidelines|notice"
    r"|document|changes|updates?|version|addendum|conditions|statement)\b",
    re.I,
)


def deadline_facts(
    text: str,
    dates: list[DateMention],
    old_dates: list[DateMention] | None,
    effective: dt.date | EffectiveDate | None,
    gone: set[dt.date] | None = None,
) -> list[Fact]:
    """The deadlines the new `text` of a clause sets, each paired with the date it replaced
    (from `old_dates`, the old text's dates) if any; `gone` are the dates of removed
    clauses."""
    if not dates:
        return []
    new_dates = {m.date for m in dates}
    kept = {m.date for m in old_dates} if old_dates else set()
    replaced = [m for m in old_dates if m.date not in new_dates] if old_dates else []
    facts = []
    for mention in dates:
        if mention.date in kept or (gone and mention.date in gone):
            continue
        kept.add(mention.date)  # a date written twice is one deadline
        if _not_a_deadline(text, mention, effective):
            if replaced:
                replaced.pop(0)
            continue
        was = replaced.pop(0).date.isoformat() if replaced else None
        facts.append(Fact("deadline", was, mention.date.isoformat(),
                          sentence_at(text, mention.start), detail=mention.raw))
    return facts


def _not_a_deadline(text: str, mention: DateMention,
                    effective: dt.date | EffectiveDate | None) -> bool:
    head = text[: mention.start]
    tail = text[mention.end:]
    if _ENTRY_HEAD.match(head) and re.match(r"\s*[:\-–—|]", tail):
        return True  # the date heading a change-log entry
    if _PAST.search(head[-60:]):
        return True
    opens_rule = bool(_OPENER.search(head[-30:]) and _RULE_AFTER.match(tail)
                      and not _ABOUT_DOCUMENT.match(tail))
    sentence = sentence_at(text, mention.start)
    day = effective.date if isinstance(effective, EffectiveDate) else effective
    if mention.date == day:
        read_here = isinstance(effective, EffectiveDate) and _same_sentence(
            effective.text, sentence)
        return not (read_here and opens_rule)
    return not opens_rule and last_updated_in(sentence) == mention.date


def _same_sentence(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return bool(a and b) and (a in b or b in a)
