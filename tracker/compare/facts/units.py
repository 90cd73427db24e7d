"""Units of the amounts a policy writes: time, size, money, rates and counted things.

`unit_after` reads the unit that follows a number ("seconds", "business days", "MPS",
"messages per second", "USD", "phone numbers") and gives it canonical and singular
("second", "business day", "message per second"); `unit_class` groups units so that an old
"72 hours" and a new "35 days" are read as the same limit.
"""

from __future__ import annotations

import re

# A word, without a possessive's trailing apostrophe ("six months’ spend").
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?")
_POSSESSIVE = re.compile(r"['’]s$")

UNITS = {
    # time
    "second": "second", "seconds": "second", "sec": "second", "secs": "second", "s": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mo": "month", "mos": "month", "mth": "month",
    "mths": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "ms": "millisecond",
    "millisecond": "millisecond", "milliseconds": "millisecond",
    # size
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "kilobytes": "KB", "megabytes": "MB",
    "gigabytes": "GB", "byte": "byte", "bytes": "byte",
    # rates written as one word
    "mps": "message per second", "tps": "transaction per second",
    "cps": "call per second", "qps": "request per second", "rps": "request per second",
}
TIME = {"second", "minute", "hour", "day", "week", "month", "year", "millisecond"}
QUALIFIERS = {"business", "calendar", "working", "consecutive", "full", "rolling"}
CURRENCY_CODES = {
    "usd", "eur", "gbp", "inr", "brl", "cad", "aud", "jpy", "chf", "mxn", "sgd", "nzd",
    "hkd", "zar", "sek", "nok", "dkk", "pln", "cny", "krw", "idr", "php", "ars", "cop",
}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                   "pound": "GBP", "pounds": "GBP", "cent": "USD cent", "cents": "USD cent"}
SYMBOLS = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
            "r$": "BRL", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
            "nz$": "NZD", "hk$": "HKD", "s$": "SGD"}
# Words that are no unit: a bare count stands before them ("at least 2 of", "10 or more").
STOP = frozenset("""
a an the and or nor of to in on at by for from with without into onto as is are was were
be been being am do does did has have had may might must shall should will would can could
not no per than that this these those which who whom whose it its their there then if or
up down out over under after before within about above below between through during
each every any all some such other more less most least only also just very again
you your we our us they them he she his her one ones
""".split())
COUNT_NOUNS = frozenset("""
message messages call calls number numbers attempt attempts character characters segment
segments recipient recipients user users campaign campaigns brand brands account accounts
request requests complaint complaints conversation conversations contact contacts
phone phones line lines sender senders template templates device devices agent agents
seat seats customer customers employee employees member members email emails percent
digit digits word words byte bytes mb gb kb tb time times
""".split())
SPELLED = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
MULTIPLIERS = {"k": 1000, "thousand": 1000, "m": 1_000_000, "million": 1_000_000,
                "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
                "billion": 1_000_000_000}
PER = re.compile(
    r"^\s*(?:(?:per|a|an|each|every)\b|/)\s*(?P<per>[A-Za-z][A-Za-z-]*)", re.I
)


def singular(word: str) -> str:
    word = _POSSESSIVE.sub("", word.lower())
    if word in UNITS:
        return UNITS[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "sms", "mms")):
        return word[:-1]
    return word


def unit_after(rest: str) -> tuple[str, int, bool]:
    """The unit that follows a number: (unit, characters used, whether it is a known unit).

    `rest` starts right after the number (and its attached suffix)."""
    match = re.match(r"^(\s*-?\s*)(%|percent\b|per\s*cent\b|percentage\s+points?\b)", rest, re.I)
    if match:
        return "%", match.end(), True
    words = list(_WORD.finditer(rest[:60]))
    used, unit, known = 0, "", False
    # "business days", "calendar months": a qualifier stays part of the unit.
    if words and words[0].start() <= 2 and rest[: words[0].start()].strip() in ("", "-"):
        first = _POSSESSIVE.sub("", words[0].group(0).lower())
        if first in CURRENCY_WORDS:
            return CURRENCY_WORDS[first], words[0].end(), True
        if first in CURRENCY_CODES:
            return first.upper(), words[0].end(), True
        if first in QUALIFIERS and len(words) > 1:
            second = singular(words[1].group(0))
            if second in TIME and rest[words[0].end(): words[1].start()].strip() == "":
                return f"{first} {second}", words[1].end(), True
        head = singular(first)
        if first in UNITS:
            unit, used, known = UNITS[first], words[0].end(), True
        elif first not in STOP and head not in STOP and len(first) > 1:
            unit, used = head, words[0].end()
            known = first in COUNT_NOUNS
            # a two-word unit: "phone numbers", "message segments", "business-initiated
            # conversations" (the head noun is the last word)
            if len(words) > 1:
                nxt = words[1].group(0).lower()
                gap = rest[words[0].end(): words[1].start()]
                if gap.strip() == "" and nxt not in STOP and nxt not in UNITS and (
                    nxt in COUNT_NOUNS or nxt.endswith("s") and len(nxt) > 3
                ):
                    unit, used = f"{first.lower()} {singular(nxt)}", words[1].end()
                    known = True
    if unit:
        per = PER.match(rest[used:])
        if per and (per.group("per").lower() in UNITS or per.group("per").lower()
                    in COUNT_NOUNS or per.group(0).strip().startswith(("per", "/"))):
            word = per.group("per").lower()
            if word not in STOP or word in ("day", "month"):
                unit = f"{unit} per {singular(word)}"
                used += per.end()
                known = True
    return unit, used, known


def unit_class(unit: str) -> str:
    """"time", "%", "money", "size", "time of day", "rate" or the head noun."""
    head = unit.split(" per ")[0]
    last = head.split()[-1] if head else ""
    if " per " in unit:
        return "rate"
    if last in TIME:
        return "time"
    if head in ("%", "time of day"):
        return head
    if head in ("KB", "MB", "GB", "TB", "byte"):
        return "size"
    if head[:3].isupper() or head.endswith("cent"):
        return "money"
    return last


def measure(unit: str) -> str:
    """What a unit measures, with counted things alike: "fee conversation per month" and
    "free conversation per month" are both "count per month", "72 hours" and "72 days"
    differ.  The same number in the same measure is the same amount, reworded."""
    head, _, per = unit.partition(" per ")
    cls = unit_class(head)
    if cls in ("time", "%", "money", "size", "time of day"):
        base = head
    else:
        base = "count"
    return f"{base} per {per}" if per else base
