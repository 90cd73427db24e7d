"""Dates as policy pages write them: every format, the languages of the catalog's readers.

`find_dates` returns each calendar date a text writes, with its span:

* month names in English, German, French, Spanish, Italian, Portuguese and Dutch (and
  a few more), from the CLDR data that Babel ships, written day-first ("1er mars 2023",
  "1. Juli 2025", "1º de abril de 2025", "15-March-2022", "2nd May 2021") or month-first
  ("March 3, 2025", "Apr. 1st 2025");
* numeric dates: ISO ("2025-04-01", "2025/04/01", "2025.04.01"), and day/month/year with
  "/", "." or "-", four- or two-digit years ("14/03/2024", "03.11.2019", "12/02/21");
* month and year alone ("April 2025", "März 2025", "abril de 2025"), `day_known` False.

Numeric dates that read both ways ("03/04/2024") follow `day_first`: the caller decides
from the page (`day_first_hint`: an impossible reading elsewhere on the page, the order of
its dates with month names, its language); without a hint "." means day-first and "/"
month-first, as in the US.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_HAS_DIGIT = re.compile(r"\d")
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "ca")
# English month words that are also common words: month-year needs them capitalised.
_ENGLISH_WORDS = frozenset({"may", "march", "mar", "jan", "june", "august", "sept", "sep"})


def _fold(text: str) -> str:
    """Lower case without accents: "März" and "marz", "février" and "fevrier" meet."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.cache
def month_names() -> dict[str, int]:
    """Every month name and abbreviation (folded) of LANGUAGES -> month number.

    From CLDR (Babel); a name that means different months in two languages is dropped.
    """
    from babel.dates import get_month_names  # CLDR data, loaded once

    found: dict[str, set[int]] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=lang).items():
                    key = _fold(name).strip().rstrip(".")
                    if len(key) >= 3 and key.isalpha():
                        found.setdefault(key, set()).add(number)
    for key, number in {"sept": 9, "sep": 9, "febr": 2, "sept.": 9}.items():
        found.setdefault(key.rstrip("."), set()).add(number)
    return {name: next(iter(nums)) for name, nums in found.items() if len(nums) == 1}


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    names = sorted(month_names(), key=len, reverse=True)
    # Match the page's own spelling: an accent-free alternation plus an accented one.
    spelled = set(names)
    from babel.dates import get_month_names

    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for name in get_month_names(width, context, locale=lang).values():
                    word = name.lower().strip().rstrip(".")
                    if _fold(word) in month_names():
                        spelled.add(word)
    month = "(?P<month>" + "|".join(re.escape(n) for n in sorted(spelled, key=len, reverse=True))
    month += r")(?![^\W\d_])\.?"
    day_suffix = r"(?:st|nd|rd|th|er|re|e|º|ª|°|\.)?"
    year = r"(?P<year>\d{4})\b"
    dmy = re.compile(
        rf"(?<![\d.,/])\b(?P<day>\d{{1,2}}){day_suffix}"
        rf"(?:\s*(?:of|de|del|di|du|d')\s*|\s*[-/.]\s*|\s+)"
        rf"{month}(?:\s*,\s*(?:de\s+|del\s+)?|\s+(?:de|del|di)\s+|\s*[-/.]\s*|\s+|(?=\d{{4}}))"
        r"(?P<year>\d{4}\b|\d{2}(?=\s*(?:$|[.,;)\]]|(?:at|um|à|alle|om)\b|\d\d?:)))",
        re.IGNORECASE,
    )
    mdy = re.compile(
        rf"\b{month}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*,\s*|\s+|\s*-\s*){year}",
        re.IGNORECASE,
    )
    month_year = re.compile(
        rf"\b{month}(?:\s*,\s*|\s+(?:de|del|of)\s+|\s+){year}", re.IGNORECASE
    )
    return dmy, mdy, month_year


_YMD = re.compile(
    r"(?<![\d/.-])(?P<year>(?:19|20|21)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?![\d/-]|\.\d)"
)
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    r"(?![\d/-]|\.\d)"
)
_MONTH_YEAR = re.compile(
    r"(?<![\d/.-])(?P<month>0?[1-9]|1[0-2])[/.](?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)"
)
_CJK = re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")


@dataclass(frozen=True)
class DateMention:
    """One date written in a text, with its character span; `day_known` False for "April 2025"."""

    date: dt.date
    start: int
    end: int
    raw: str
    day_known: bool = True


def _make(year: int, month: int, day: int | None, match: re.Match[str], span=None):
    try:
        date = dt.date(year, month, day or 1)
    except ValueError:
        return None
    if not 1900 <= date.year <= 2199:
        return None
    start, end = span or match.span()
    return DateMention(date, start, end, match.string[start:end], day is not None)


def _year(value: str) -> int:
    """Four digits as written; two digits the way a reader takes them ("21" is 2021,
    "99" is 1999): within ten years from now, else the century before."""
    year = int(value)
    if len(value) != 2:
        return year
    soon = (dt.date.today().year + 10) % 100
    return 2000 + year if year <= soon else 1900 + year


def _named(match: re.Match[str]) -> DateMention | None:
    raw_month = match.group("month")
    month = month_names().get(_fold(raw_month).rstrip("."))
    if month is None:
        return None
    day = match.groupdict().get("day")
    if day is None and _fold(raw_month) in _ENGLISH_WORDS and not raw_month[:1].isupper():
        return None  # "may 2025" is more often the verb than the month
    return _make(_year(match.group("year")), month, int(day) if day else None, match)


_ENGLISH_MONTHS = frozenset({
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "may",
})  # fmt: skip


def _numeric(match: re.Match[str], day_first: bool | None) -> DateMention | None:
    a, b, sep = int(match.group("a")), int(match.group("b")), match.group("sep")
    year_text = match.group("year")
    if len(year_text) == 2 and sep == "-":
        return None  # "12-05-21" is as often a reference number as a date
    if a > 12 and b > 12:
        return None
    if a > 12:
        first = True
    elif b > 12:
        first = False
    elif day_first is not None:
        first = day_first
    else:
        first = sep in ".-"
    day, month = (a, b) if first else (b, a)
    return _make(_year(year_text), month, day, match)


_LETTERS = re.compile(r"[^\W\d_]{3,}")


@functools.cache
def _spellings() -> frozenset[str]:
    """Every month name as pages spell it, lower case, with and without accents."""
    names = set(month_names())
    from babel.dates import get_month_names

    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for name in get_month_names(width, context, locale=lang).values():
                    names.add(name.lower().strip().rstrip("."))
    return frozenset(names)


def _named_dates(text: str) -> list[DateMention]:
    """Dates with month names.  The patterns that start with a month name are tried only
    where a word is a month name: a regex alternation of 300 names tried at every word
    of a page was most of the time spent reading dates."""
    spellings = _spellings()
    starts = [m.start() for m in _LETTERS.finditer(text) if m.group().lower() in spellings]
    if not starts:
        return []
    dmy, mdy, month_year = _patterns()
    found = [m for match in dmy.finditer(text) if (m := _named(match))]
    for start in starts:
        for pattern in (mdy, month_year):
            match = pattern.match(text, start)
            if match and (mention := _named(match)):
                found.append(mention)
    return found


def find_dates(text: str, *, day_first: bool | None = None) -> list[DateMention]:
    """Every date written in `text`, in order; overlapping readings keep the longest."""
    found: list[DateMention] = []
    if _HAS_DIGIT.search(text) is not None:
        found += _named_dates(text)
        for match in _YMD.finditer(text):
            mention = _make(int(match.group("year")), int(match.group("month")),
                            int(match.group("day")), match)
            if mention:
                found.append(mention)
        found += [m for match in _NUMERIC.finditer(text) if (m := _numeric(match, day_first))]
        for match in _MONTH_YEAR.finditer(text):  # "Stand: 06/2023"
            mention = _make(int(match.group("year")), int(match.group("month")), None, match)
            if mention:
                found.append(mention)
        for match in _CJK.finditer(text):
            mention = _make(int(match.group("year")), int(match.group("month")),
                            int(match.group("day")), match)
            if mention:
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def parse_date(text: str, *, day_first: bool | None = None) -> dt.date | None:
    """The date if `text` is exactly one full date expression ("4th May 2022"), else None."""
    stripped = text.strip().strip(".,;:()[]").strip()
    mentions = find_dates(stripped, day_first=day_first)
    if len(mentions) != 1 or not mentions[0].day_known:
        return None
    only = mentions[0]
    return only.date if only.start == 0 and only.end == len(stripped) else None


# --- which way round: day-first or month-first ------------------------------------------

_STOPWORDS = {  # common words, and the words of a legal page's head
    "en": "the of and to in is that for with are be this you your by or will any our terms"
          " policy last updated effective agreement",
    "de": "der die und das ist nicht mit sie für auf den dem des ein eine wir zu ihre stand"
          " zuletzt aktualisiert geändert gültig datenschutzerklärung bedingungen fassung",
    "fr": "le la les des et est une pour dans que qui vous nous sur par au aux du mise jour"
          " dernière vigueur conditions politique générales confidentialité",
    "es": "el la los las del y que en por para con una su sus usted nosotros se es última"
          " actualización términos condiciones vigor política privacidad",
    "it": "il lo gli della delle e che per con una sono nel alla dei di non questo ultimo"
          " aggiornamento termini condizioni servizio vigore informativa",
    "pt": "o os das dos e que em para com uma não do da você nós pelo pela seu última"
          " atualização termos condições vigor política privacidade",
    "nl": "de het een en van is dat voor met op zijn niet wij u uw deze worden aan laatst"
          " bijgewerkt gewijzigd voorwaarden algemene versie ingang",
}
_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}


def language_of(texts: Iterable[str]) -> str | None:
    """The most likely language of `texts` by common words (None when it cannot tell)."""
    counts = dict.fromkeys(_STOPSETS, 0)
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            for lang, words in _STOPSETS.items():
                if word in words:
                    counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (lang, best), (_, second) = ranked[0], ranked[1]
    return lang if best >= 2 and best > second else None


def day_first_hint(texts: Iterable[str]) -> bool | None:
    """Whether ambiguous numeric dates on this page are day-first.

    In order: a numeric date that reads one way only (14/03/2024); the order of the
    dates written with month names ("3 March 2025" vs "March 3, 2025"); the language
    (every language but English writes the day first).  None: no sign (US order).
    """
    texts = list(texts)
    votes = 0
    for text in texts:
        for match in _NUMERIC.finditer(text):
            a, b = int(match.group("a")), int(match.group("b"))
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
    for text in texts:
        if _HAS_DIGIT.search(text) is None:
            continue
        for mention in _named_dates(text):
            if mention.day_known:  # "3 March 2025" votes day-first, "March 3, 2025" not
                votes += 1 if mention.raw[:1].isdigit() else -1
    if votes:
        return votes > 0
    lang = language_of(texts)
    if lang and lang != "en":
        return True
    return None


# --- sentences ------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "inc", "ltd", "llc", "co", "corp", "no", "nos", "vs", "mr", "mrs", "ms",
     "dr", "st", "sec", "art", "para", "approx", "fig", "cf", "u.s", "u.k", "e.u", "u.s.a",
     "z.b", "bzw", "ca", "nr", "abs", "p.ex", "etc", "vgl", "sr", "sra", "av", "n", "pag"}
    | {name for name in _ENGLISH_MONTHS if len(name) <= 4}
)  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"'”’»)\]]*\s+|\s*\n\s*")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`; "Apr. 1", "U.S.", "1. Juli" and "e.g." do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" in match.group(0):
            if _line_goes_on(text, match):
                continue
        elif not _ends_sentence(text, start, match):
            continue
        if text[start : match.start()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _line_goes_on(text: str, match: re.Match[str]) -> bool:
    """A line break inside a sentence: after a label's colon or a short lowercase word
    ("effective on\n\nDecember 16, 2020"), or before a line that starts with a digit."""
    before = text[: match.start()].rstrip()
    if before.endswith(":") or text[match.end() : match.end() + 1].isdigit():
        return True
    last = re.search(r"(\w+)$", before)
    return bool(last and last.group(1).islower() and len(last.group(1)) <= 4)


def _ends_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    following = text[match.end() : match.end() + 1]
    if following and (following.islower() or following.isdigit()):
        return False
    words = text[start : match.start()].split()
    word = words[-1].lstrip("(\"'“‘«").lower() if words else ""
    if word.isdigit() and len(word) <= 2:  # "1. Juli 2025", "am 3. März"
        return False
    if _fold(word) in month_names() and len(word) <= 5:
        return False
    return word not in _ABBREVIATIONS and not _INITIALS.fullmatch(word)


def sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]
