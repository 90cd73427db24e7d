"""Dates: the day a policy change binds from, read from the policy's own words.

A page carries many dates (datelines, end-of-life notices, "accounts created before",
examples); only some say when a rule starts to apply.  Each date mention is judged by the
words right before it in its sentence:

* score 3, a strong trigger right before the date: "takes effect on", "effective and
  binding as of", "Effective Date:", "with effect from", "applies from";
* score 2, a weak trigger right before the date ("as of", "starting", "beginning",
  "from", "on") in a sentence that speaks of rules ("must", "will", "required",
  "apply", "terms", "policy" ...);
* score 1, the sentence has an effect phrase elsewhere ("On May 4, 2022, the policy will
  take effect").

A date is never an effective date when the words before it are "before", "prior to",
"until", "after", "by", "end of life on", "announced on", "e.g." and the like.

Month-and-year dates ("April 2025") are ambiguous about the day; they count only after a
trigger (score 2 or 3) and then mean the 1st of the month.  `parse_date` rejects them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.models import EffectiveDate
from tracker.normalize import canonical as _canonical

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_NAMES = sorted(_MONTHS, key=len, reverse=True)
_MONTH = r"\b(?P<month>" + "|".join(_NAMES) + r")\b\.?"
_YEAR_SEP = r"(?:\s*,\s*|\s+)"
_ORD = r"(?:st|nd|rd|th)?"

_MDY = re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b{_YEAR_SEP}(?P<year>\d{{4}})\b", re.I)
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}{_YEAR_SEP}(?P<year>\d{{4}})\b", re.I
)
_YMD = re.compile(
    r"(?<![\d/.-])(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/-])"
)
_US = re.compile(r"(?<![\d/.-])(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})(?![\d/])")
# Month-year only when the month is capitalised: "may 2025" is more often a modal verb.
_TITLED = [n.capitalize() for n in _NAMES] + [n.upper() for n in _NAMES]
_MY = re.compile(r"\b(?P<month>" + "|".join(_TITLED) + r")\b\.?\s+(?P<year>\d{4})\b")


@dataclass(frozen=True)
class DateMention:
    """One date written in a text, with its character span; `day_known` False for "April 2025"."""

    date: dt.date
    start: int
    end: int
    raw: str
    day_known: bool = True


def _month_number(value: str) -> int:
    return int(value) if value.isdigit() else _MONTHS[value.lower()]


def _mention(match: re.Match[str]) -> DateMention | None:
    parts = match.groupdict()
    day = parts.get("day")
    try:
        date = dt.date(int(parts["year"]), _month_number(parts["month"]), int(day or 1))
    except ValueError:
        return None
    if not 1900 <= date.year <= 2199:
        return None
    return DateMention(date, match.start(), match.end(), match.group(0), day is not None)


def find_dates(text: str) -> list[DateMention]:
    """Every date written in `text`, in order; overlapping readings keep the longest."""
    found = [
        mention
        for pattern in (_MDY, _DMY, _YMD, _US, _MY)
        for match in pattern.finditer(text)
        if (mention := _mention(match)) is not None
    ]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def parse_date(text: str) -> dt.date | None:
    """The date if `text` is exactly one full date expression ("4th May 2022"), else None."""
    stripped = text.strip().strip(".,;:()[]").strip()
    mentions = find_dates(stripped)
    if len(mentions) != 1 or not mentions[0].day_known:
        return None
    only = mentions[0]
    return only.date if only.start == 0 and only.end == len(stripped) else None


# --- sentences ------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "inc", "ltd", "llc", "co", "corp", "no", "nos", "vs", "mr", "mrs", "ms",
     "dr", "st", "sec", "art", "para", "approx", "fig", "cf", "u.s", "u.k", "e.u", "u.s.a"}
    | {name for name in _MONTHS if len(name) <= 4}
)  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+|\s*\n\s*")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`; "Apr. 1", "U.S." and "e.g." do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group(0) and not _ends_sentence(text, start, match):
            continue
        if text[start : match.start()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _ends_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    following = text[match.end() : match.end() + 1]
    if following and following.islower():
        return False
    words = text[start : match.start()].split()
    word = words[-1].lstrip("(\"'“‘").lower() if words else ""
    return word not in _ABBREVIATIONS and not _INITIALS.fullmatch(word)


def sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]


# --- effective phrasing ---------------------------------------------------------------

_LEAD = r"\s*(?:[:\-–—,]\s*)?(?:(?:on|from|as\s+of|as\s+from|starting|beginning|in|the)\s+)*$"
_STRONG = re.compile(
    r"(?:\b(?:go(?:es|ing)?|went|gone|come[s]?|coming|came|put)\s+into\s+(?:effect|force)"
    r"|\b(?:take[sn]?|took|taking)\s+effect"
    r"|\benter(?:s|ed|ing)?\s+into\s+force"
    r"|\bin\s+(?:effect|force)"
    r"|\beffective(?:\s+and\s+binding)?(?:\s+date)?"
    r"|\bbinding|\bwith\s+effect"
    r"|\b(?:appl(?:y|ies|ied)|applicable))" + _LEAD,
    re.I,
)
_WEAK = re.compile(
    r"\b(?P<word>as\s+of|as\s+from|starting(?:\s+on|\s+from|\s+in)?|beginning(?:\s+on|\s+in)?"
    r"|commencing(?:\s+on)?|from|on)\s+(?:the\s+)?$",
    re.I,
)
_RULES = re.compile(
    r"\b(?:must|shall|required?|requirements?|apply|applies|applicable|no\s+longer"
    r"|prohibited|not\s+(?:be\s+)?(?:allowed|permitted)|mandatory|need\s+to|enforce\w*)\b",
    re.I,
)
_POLICY = re.compile(
    r"\b(?:terms|policy|policies|agreement|addendum|changes?|updates?|updated|rules?"
    r"|guidelines|fees?|prices?|pricing|rates?|effective|binding|will)\b",
    re.I,
)
_SENTENCE_TRIGGER = re.compile(
    r"\b(?:(?:take[sn]?|took|taking)\s+effect|(?:go(?:es)?|went|come[s]?|came)\s+into"
    r"\s+(?:effect|force)|enter(?:s|ed)?\s+into\s+force|in\s+(?:effect|force)"
    r"|bec(?:ome|omes|ame)\s+effective|(?:is|are|be|been)\s+(?:\w+\s+)?effective"
    r"|effective\s+date|(?:will|shall)\s+(?:\w+\s+)?apply)\b",
    re.I,
)
_NEGATIVE = re.compile(
    r"\b(?:before|prior\s+to|until|till|through|thru|by|(?<!or\s)(?<!and\s)after|following"
    r"|no\s+later\s+than|not\s+later\s+than|deadline(?:\s+is)?|due(?:\s+on|\s+by)?"
    r"|expir\w*(?:\s+on)?"
    r"|end(?:s|ed|ing)?(?:\s+on)?|end\s+of\s+life(?:\s+on)?|eol(?:\s+on)?"
    r"|sunset\w*(?:\s+on)?|announced(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?"
    r"|dated|created(?:\s+on)?|copyright|e\.g\.?|for\s+example|such\s+as|format"
    r"|between)\W*(?:the\s+)?$|©\s*$",
    re.I,
)


@dataclass(frozen=True)
class _Candidate:
    score: int
    position: int
    mention: DateMention
    sentence: str


def _score(sentence: str, mention: DateMention) -> int:
    """How surely the words around `mention` make it the date a rule starts to apply."""
    before = sentence[: mention.start]
    if _NEGATIVE.search(before[-48:]):
        return 0
    if _STRONG.search(before[-80:]):
        return 3
    weak = _WEAK.search(before[-40:])
    if weak:
        word = " ".join(weak.group("word").lower().split())
        rest = sentence[: weak.start()] + sentence[mention.end :]
        if word.startswith("as") and (_POLICY.search(rest) or _RULES.search(rest)):
            return 2
        if word == "on" and _RULES.search(rest):
            return 2
        if word not in ("on", "as of", "as from") and (
            _RULES.search(rest) or re.search(r"\bwill\b", rest, re.I)
        ):
            return 2
    if mention.day_known and _SENTENCE_TRIGGER.search(sentence):
        return 1
    return 0


def _candidates(text: str) -> list[_Candidate]:
    """Every date in `text` read as effective, with its score and sentence, in text order."""
    found: list[_Candidate] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        for mention in find_dates(sentence):
            score = _score(sentence, mention)
            if score >= (1 if mention.day_known else 2):
                found.append(_Candidate(score, start + mention.start, mention, sentence.strip()))
    return found


def _best(found: Sequence[_Candidate]) -> _Candidate | None:
    """The surest candidate; among equals the first in the text."""
    return max(found, key=lambda c: (c.score, -c.position), default=None)


def effective_dates_in(text: str) -> list[EffectiveDate]:
    """Every effective date stated in `text`, in text order."""
    return [EffectiveDate(c.mention.date, c.sentence, "added") for c in _candidates(text)]


def effective_date_in(text: str) -> EffectiveDate | None:
    """The date `text` says something takes effect, with its sentence; None if it says none."""
    best = _best(_candidates(text))
    return EffectiveDate(best.mention.date, best.sentence, "added") if best else None


# --- "Last updated" lines -------------------------------------------------------------

_LAST_UPDATED = re.compile(
    r"(?:\blast\s+(?:updated|modified|revised|reviewed|amended|changed)"
    r"(?:\s+(?:this|the)\s+\w+)?"
    r"|^[^\w]*(?:updated|modified|revised|amended|last\s+update|date\s+of\s+last\s+revision"
    r"|effective\s+date|effective(?:\s+as\s+of|\s+from)?))"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.I,
)
_WORD = re.compile(r"\w+")


def _last_updated(text: str) -> tuple[dt.date, str] | None:
    """The "Last updated" date of `text` and the sentence that states it.

    Only a short statement counts (a few words around the date): a clause that merely
    mentions an update ("last updated on May 1, 2025 to add SMS rules") is content, and
    calling it a date line would hide a real change.
    """
    for start, end in sentence_spans(text):
        sentence = text[start:end].strip()
        for match in _LAST_UPDATED.finditer(sentence):
            mentions = find_dates(sentence[match.end() : match.end() + 40])
            if not mentions or mentions[0].start != 0 or not mentions[0].day_known:
                continue
            tail = sentence[match.end() + mentions[0].end :]
            if len(_WORD.findall(tail)) <= 3 and len(_WORD.findall(sentence[: match.start()])) <= 6:
                return mentions[0].date, sentence
    return None


def last_updated_in(text: str) -> dt.date | None:
    """The date of a "Last Updated: March 3, 2025" style line (or a head "Effective Date:")."""
    found = _last_updated(text)
    return found[0] if found else None


def _first_last_updated(texts: Sequence[str]) -> tuple[dt.date, str] | None:
    for text in texts:
        found = _last_updated(text)
        if found:
            return found
    return None


# --- one change -----------------------------------------------------------------------


def effective_date_for_change(
    added: list[str],
    modified_after: list[str],
    old_texts: list[str],
    new_texts: list[str],
) -> EffectiveDate | None:
    """The date a change binds from: stated in an added clause, else in a modified clause's
    new text (a date not already on the old page first), else a changed "Last updated".

    A sentence found word for word on the old page is not part of the change and is never
    read; a modified sentence restating an old date is used only when the page gives
    nothing better (no new date and no changed "Last updated" line).
    """
    best = _best([c for text in added for c in _candidates(text)])
    if best is None and len(added) > 1:
        best = _best(_candidates(" ".join(added)))
    if best:
        return EffectiveDate(best.mention.date, best.sentence, "added")
    old_dates = {m.date for text in old_texts for m in find_dates(text)}
    old_sentences = {_canonical(s) for text in old_texts for s in sentences(text)}
    fresh = [
        c
        for text in modified_after
        for c in _candidates(text)
        if _canonical(c.sentence) not in old_sentences
    ]
    best = _best([c for c in fresh if c.mention.date not in old_dates])
    if best:
        return EffectiveDate(best.mention.date, best.sentence, "modified")
    old_updated = _first_last_updated(old_texts)
    new_updated = _first_last_updated(new_texts)
    if new_updated and (old_updated is None or old_updated[0] != new_updated[0]):
        return EffectiveDate(new_updated[0], new_updated[1], "last-updated")
    best = _best(fresh)
    if best:
        return EffectiveDate(best.mention.date, best.sentence, "modified")
    return None
