"""Quantities in a clause: the numbers a rule depends on, with their units.

`find_quantities` reads every number that states an amount: percentages, durations,
money, rates, sizes, counts and times of day.  A spelled number with its digits
("twelve (12) seconds") is one quantity; a spelled number alone counts when a unit follows
("six seconds").  Numbers that are not amounts are left out: dates (tracker.compare.dates),
years, references ("Section 4.2", "47 CFR 64.1200", "Tier 2"), list numbers, versions,
phone numbers, and digits inside names ("A2P 10DLC", "E.164", "5G", "24/7").

`changed_quantities` pairs the quantities of an old and a new text: what is on both sides
(same value, same unit) did not change, the rest is paired old -> new by unit, in order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tracker.compare.dates import DateMention, find_dates
from tracker.compare.facts.units import (
    COUNT_NOUNS,
    CURRENCY_CODES,
    MULTIPLIERS,
    PER,
    SPELLED,
    SYMBOLS,
    TIME,
    UNITS,
    measure,
    singular,
    unit_after,
    unit_class,
)

# Words before a number that make it a name, not an amount.
_REFERENCE = re.compile(
    r"(?:\b(?:sections?|sec|articles?|art|clauses?|paragraphs?|para|rules?|parts?|chapters?"
    r"|titles?|schedules?|annex|annexes|appendix|appendices|exhibits?|versions?|v|steps?"
    r"|tiers?|levels?|phases?|no|nos|items?|pages?|figures?|fig|tables?|footnotes?|iso"
    r"|rfc|cfr|regulations?|directive|options?|stage|round|region|zone|class|category"
    r"|type|form|line|lines|point|points|code|codes|group|team|layer|release|edition"
    r"|chapter|subsection|subparagraph|question|q|model|plan|pub\.\s*l|law|act|ordinance)"
    r"\.?|§+|#|\bn[°º])\s*$",
    re.I,
)
_ADDRESS = re.compile(
    r"^(?:\s*-\s*\d+)?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Quay|"
    r"Boulevard|Blvd|Drive|Dr|Lane|Way|Place|Square|Plaza|Parkway|Court)\b\.?"
)
_PLACE_BEFORE = re.compile(r"(?:\b(?:suite|floor|unit|room|box|building)\s*"
                           r"|(?:^|[a-z,]\s)[A-Z][a-z]+\s|"
                           r"\b[A-Z]{2}\s)$", re.I)
_AFTER_REFERENCE = re.compile(r"^\s*(?:U\.?S\.?C|C\.?F\.?R|Stat\.|Fed\.\s*Reg)", re.I)
_TOKEN = re.compile(
    r"(?<![\w.,/#§@])(?<![A-Za-z]-)(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<suffix>[A-Za-z%]*)(?!\w|/\d|\.\d)"
    r"|(?P<word>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b|"
    + "|".join(sorted(SPELLED, key=len, reverse=True))
    + r")\b(?:\s*\((?P<digits>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<dsuffix>%?)\))?)",
    re.I,
)
_PREFIX_MONEY = re.compile(
    r"(?P<cur>(?:US|CA|AU|NZ|HK|[CARS])?\$|€|£|¥|₹|\b(?:" + "|".join(CURRENCY_CODES)
    + r"))\s?$",
    re.I,
)
_TIME_OF_DAY = re.compile(
    r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|(?<![\w:.])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])",
    re.I,
)
_PHONE = re.compile(
    r"(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{2,4})[\s.-]\d{3,4}[\s.-]\d{3,4}\b"
    r"|\+\d[\d\s-]{7,}\d"
)
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)+/\S*")
_LIST_NUMBER = re.compile(r"^\s*\(?\d{1,3}(?:\.\d{1,3})*[.)]\s")
_RANGE = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*(?=\(?\$?\d|(?:" + "|".join(SPELLED) + r")\b)",
                    re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

_DIGIT = re.compile(r"\d")
_ANY_SPELLED = re.compile(r"\b(?:" + "|".join(SPELLED) + r")\b", re.I)


@dataclass(frozen=True)
class Quantity:
    """One amount written in a text: value as a plain decimal string, canonical unit."""

    value: str
    unit: str
    start: int
    end: int
    raw: str
    context: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.value, self.unit


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _spelled(word: str) -> int:
    parts = re.split(r"[\s-]+", word.lower())
    return sum(SPELLED.get(p, 0) for p in parts)


def _plain(value: Decimal) -> str:
    value = value.normalize()
    if value == value.to_integral_value():
        return str(int(value))
    return format(value, "f")


def _masked(text: str, dates: list[DateMention] | None = None) -> str:
    """`text` with dates, URLs and phone numbers blanked (same length, so spans hold)."""
    if dates is None:
        dates = find_dates(text) if _DIGIT.search(text) else []
    spans = [(m.start, m.end) for m in dates]
    spans += [m.span() for m in _URL.finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            chars[k] = " " if not chars[k].isalpha() else "x"
    return "".join(chars)


def _context(text: str, start: int, words: int = 4) -> str:
    head = text[:start]
    cut = max(head.rfind(". "), head.rfind("; "), head.rfind(":"), head.rfind("\n"))
    head = head[cut + 1:] if cut >= 0 else head
    found = re.findall(r"[\w$€£%'’-]+(?:[.,]\d+)*", head)
    return " ".join(found[-words:])


def find_quantities(text: str, *, dates: list[DateMention] | None = None) -> list[Quantity]:
    """Every amount written in `text`, in order (`dates`: its dates, if already found)."""
    if not _DIGIT.search(text) and not _ANY_SPELLED.search(text):
        return []
    masked = _masked(text, dates)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for match in _TIME_OF_DAY.finditer(masked):
        if match.group("h24") is not None:
            hour, minute = int(match.group("h24")), int(match.group("m24"))
        else:
            hour, minute = int(match.group("h")) % 12, int(match.group("m") or 0)
            if match.group("ampm").lower() == "p":
                hour += 12
        found.append(Quantity(f"{hour:02d}:{minute:02d}", "time of day", match.start(),
                              match.end(), text[match.start():match.end()],
                              _context(text, match.start())))
        taken.append(match.span())
    outline = _outline_numbers(masked)
    tokens = [m for m in _TOKEN.finditer(masked)
              if not any(a <= m.start() < b for a, b in taken)]
    # a range ("5-6 digits", "8 to 12 weeks") shares the unit of its second number
    range_next: dict[int, int] = {}
    for k in range(len(tokens) - 1):
        gap = masked[tokens[k].end(): tokens[k + 1].start()]
        if _RANGE.match(gap + "0") and len(gap) <= 6 and not tokens[k].group("suffix"):
            range_next[k] = k + 1
    units: dict[int, tuple[str, int, bool]] = {}
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        suffix = (token.group("suffix") or token.group("dsuffix") or "").lower()
        rest = masked[token.end():]
        if suffix in ("k", "m", "mm", "b", "bn") and token.group("num"):
            unit = unit_after(rest)
        elif suffix == "%":
            unit = ("%", 0, True)
        elif suffix:
            unit = (UNITS.get(suffix, ""), 0, suffix in UNITS)
            if unit[0]:
                per = PER.match(rest)
                if per and per.group(0).strip().startswith(("per", "/")):
                    unit = (f"{unit[0]} per {singular(per.group('per'))}", per.end(), True)
        else:
            word_mult = re.match(r"^\s*(thousand|million|billion)\b", rest, re.I)
            unit = unit_after(rest[word_mult.end():] if word_mult else rest)
        if not unit[0] and k in range_next:
            unit = units.get(range_next[k], unit)
        units[k] = unit
    for k, token in enumerate(tokens):
        if token.start() in outline and _no_measure(units[k][0]):
            continue
        quantity = _quantity(text, masked, token, units[k])
        if quantity:
            found.append(quantity)
    found.sort(key=lambda q: q.start)
    return found


_OUTLINE_HEAD = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s+(?=[A-Z])")
_OUTLINE_PAGE = re.compile(r"(?:\s|\.{2,}|…)\s*(\d{1,4})\s*$")
_LEADERS = re.compile(r"(?:\.\s?){3,}\s*\d{1,4}\s*$")
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def _no_measure(unit: str) -> bool:
    """A unit that measures nothing: the words after a section number ("Opt-Out
    Requirements"), not "KB", "messages" or "USD"."""
    return measure(unit) == "count" and (not unit or unit.split()[0] not in COUNT_NOUNS)


def _outline_numbers(text: str) -> set[int]:
    """Where a title line ("4.1 Consumer Messaging 8", "5 NON-CONSUMER BEST PRACTICES 10",
    "Introduction ...... 3") has its section number and its page number: no amounts."""
    if len(text) > 160 or "|" in text or not text[:1].strip() and not text.strip():
        return set()
    page = _OUTLINE_PAGE.search(text)
    head = _OUTLINE_HEAD.match(text)
    if not page and not head:
        return set()
    if _LEADERS.search(text):
        return {page.start(1)} if page else set()
    body = text[head.end() if head else 0: page.start() if page else len(text)].rstrip()
    words = _TITLE_WORD.findall(body)
    if not words or body.endswith((".", ";", ":", "!", "?", ",")):
        return set()
    if sum(w[0].isupper() for w in words) * 3 < len(words) * 2:
        return set()  # a sentence, not a title
    found = set()
    if head:
        found.add(head.start(1))
    if page:
        found.add(page.start(1))
    return found


def _quantity(text: str, masked: str, token: re.Match[str], unit_info) -> Quantity | None:
    unit, _, known = unit_info
    before = masked[max(0, token.start() - 24): token.start()]
    suffix = (token.group("suffix") or "").lower()
    if token.group("num"):
        value = _number(token.group("num"))
        if value is None:
            return None
        if suffix in ("st", "nd", "rd", "th"):
            return None  # an ordinal: "3rd party", "1st"
        if suffix in MULTIPLIERS and not (suffix in ("m", "b") and token.group(
                "suffix") in ("m", "b")):
            value *= MULTIPLIERS[suffix]
        elif suffix and suffix != "%" and suffix not in UNITS:
            return None  # digits inside a name: "10DLC", "5G", "2FA"
        word_mult = re.match(r"^\s*(thousand|million|billion)\b", masked[token.end():], re.I)
        if word_mult:
            value *= MULTIPLIERS[word_mult.group(1).lower()]
        if _LIST_NUMBER.match(masked[token.start():]) and not masked[: token.start()].strip():
            return None
        raw_digits = token.group("num").replace(",", "")
        if (len(raw_digits) == 4 and "," not in token.group("num") and not unit
                and 1900 <= int(value) <= 2099 and value == int(value)):
            return None  # a year
        if masked[token.end(): token.end() + 1] in ("-", "–") and re.match(
            r"[-–]\d", masked[token.end(): token.end() + 2]
        ) and not unit:
            return None  # part of an identifier "12-345"
    else:
        if token.group("digits"):
            value = _number(token.group("digits"))
            if value is None:
                return None
        else:
            if not known:
                return None  # "one of the", "two or more": only with a unit it is an amount
            if masked[token.end(): token.end() + 1] == "-" and unit.split()[0] not in TIME:
                return None  # "one-time password", "two-way": an adjective, not an amount
            rest = masked[token.end(): token.end() + 60]
            if re.match(r"\s+[A-Z]", rest) or re.search(r"\bto\s+another\b", rest):
                return None  # "from one Active User to another": no amount
            value = Decimal(_spelled(token.group("word")))
    if _REFERENCE.search(before) or _AFTER_REFERENCE.match(masked[token.end():]):
        return None
    after = masked[token.end():]
    if not suffix and re.match(r"-[A-Za-z]", after) and not known:
        return None  # "911-types", "A-1-rated": a name, not an amount
    if _ADDRESS.match(after) or (not unit and _PLACE_BEFORE.search(before)
                                 and re.match(r"\s*(?:[,;)]|$)", after)):
        return None  # "375 Beale Street", "Suite 300", "CA 94105", "Dublin 1"
    if before.endswith("(") and masked[token.end(): token.end() + 1] == ")" and not unit:
        return None  # "(2)": an enumeration
    if before.rstrip().endswith(")") and before.endswith(")("):
        return None
    money = _PREFIX_MONEY.search(before)
    if money:
        currency = money.group("cur").lower()
        code = SYMBOLS.get(currency, currency.upper())
        per = re.match(r"^\s*(?:(?:per|a|an|each)\b|/)\s*([A-Za-z][A-Za-z-]*)",
                       masked[token.end():], re.I)
        unit = code + (f" per {singular(per.group(1))}" if per else "")
    elif not unit and token.group("num") is None and not token.group("digits"):
        return None
    if unit.startswith("%") and token.group("dsuffix") == "%":
        unit = "%"
    if token.group("dsuffix") == "%":
        unit = "%"
    start = money.start() + (token.start() - len(before)) if money else token.start()
    return Quantity(_plain(value), unit, start, token.end(), text[start: token.end()],
                    _context(text, start))


def distinct(quantities: list[Quantity]) -> list[Quantity]:
    """Each value once (the first mention): "50 re-runs ... a maximum of 50 times" states
    one limit, not two."""
    seen: set[str] = set()
    out = []
    for q in quantities:
        if q.value not in seen:
            seen.add(q.value)
            out.append(q)
    return out


def changed_quantities(
    before: list[Quantity], after: list[Quantity]
) -> list[tuple[Quantity | None, Quantity | None]]:
    """Pairs (old, new) of what changed: same-unit pairs first, then same kind of unit, in
    text order; a quantity with no counterpart is paired with None.  The same number of
    the same measure on both sides did not change, whatever the counted noun became (a
    typo fix, a reworded noun)."""
    common = Counter(q.key for q in before) & Counter(q.key for q in after)
    left: list[Quantity] = []
    budget = Counter(common)
    for q in before:
        if budget[q.key]:
            budget[q.key] -= 1
        else:
            left.append(q)
    right: list[Quantity] = []
    budget = Counter(common)
    for q in after:
        if budget[q.key]:
            budget[q.key] -= 1
        else:
            right.append(q)
    for old in list(left):  # "1,000 fee conversations" -> "1,000 free conversations"
        same = next((new for new in right if new.value == old.value
                     and measure(new.unit) == measure(old.unit)), None)
        if same is not None:
            left.remove(old)
            right.remove(same)
    pairs: list[tuple[Quantity | None, Quantity | None]] = []
    for match in (lambda a, b: a.unit == b.unit,
                  lambda a, b: unit_class(a.unit) == unit_class(b.unit),
                  lambda a, b: a.value == b.value):
        for old in list(left):
            for new in right:
                if match(old, new):
                    pairs.append((old, new))
                    left.remove(old)
                    right.remove(new)
                    break
    pairs += [(old, None) for old in left]
    pairs += [(None, new) for new in right]
    return sorted(pairs, key=lambda p: (p[1] or p[0]).start)
