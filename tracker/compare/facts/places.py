"""Countries and regions a text names, as ISO 3166 alpha-2 codes (and "EU", "EEA").

Names come from pycountry (short, common and official names, and the part of "Korea,
Republic of" before the comma when it is not ambiguous) plus the forms pages write:
"U.S.", "USA", "UK", "Britain", "South Korea", "Türkiye", "UAE", "the EU", "EEA" ...
Names are matched as written (capitalised), so "turkey", "china" or "chad" in running
text are not countries; "US" in a line of capitals ("CONTACT US") is not either.
"""

from __future__ import annotations

import functools
import re

_ALIASES = {
    "U.S.": "US", "U.S": "US", "US": "US", "USA": "US", "U.S.A.": "US", "U.S.A": "US",
    "United States": "US", "United States of America": "US", "America": None,
    "UK": "GB", "U.K.": "GB", "U.K": "GB", "Britain": "GB", "Great Britain": "GB",
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
    "South Korea": "KR", "Republic of Korea": "KR", "North Korea": "KP", "Russia": "RU",
    "Türkiye": "TR", "Turkiye": "TR", "UAE": "AE", "U.A.E.": "AE", "KSA": "SA",
    "Vietnam": "VN", "Czechia": "CZ", "Czech Republic": "CZ", "Ivory Coast": "CI",
    "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "Côte d’Ivoire": "CI",
    "Democratic Republic of the Congo": "CD", "DRC": "CD", "DR Congo": "CD",
    "Republic of the Congo": "CG", "Congo": "CG", "Macedonia": "MK",
    "Burma": "MM", "Swaziland": "SZ", "Cape Verde": "CV", "East Timor": "TL",
    "Holland": "NL", "Vatican": "VA", "Vatican City": "VA", "Palestine": "PS",
    "British Virgin Islands": "VG", "U.S. Virgin Islands": "VI", "US Virgin Islands": "VI",
    "Macau": "MO", "Hong Kong SAR": "HK", "Saint Helena": "SH", "Falkland Islands": "FK",
    "Laos": "LA", "Brunei": "BN", "Syria": "SY", "Iran": "IR", "Moldova": "MD",
    "Tanzania": "TZ", "Venezuela": "VE", "Bolivia": "BO", "Micronesia": "FM",
    "Taiwan": "TW", "Korea": None, "Guinea": "GN", "Niger": "NE",
    "EU": "EU", "E.U.": "EU", "European Union": "EU", "EEA": "EEA",
    "European Economic Area": "EEA",
}
# A name inside another place's name is not that country.
_NOT_BEFORE = r"(?<!New\s)(?<!Papua\sNew\s)(?<!Equatorial\s)(?<!Latin\s)(?<!North\s)"


_CAPITAL = re.compile(r"(?<![\w.])[A-ZÀ-Þ]")


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    import pycountry  # loaded on first use only

    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            for form in {name, name.split(",")[0], re.sub(r"\s*\(.*?\)", "", name)}:
                form = form.strip()
                if form.lower().startswith("the "):
                    form = form[4:]
                if len(form) >= 4:
                    names.setdefault(form, set()).add(code)
    table = {name: next(iter(codes)) for name, codes in names.items() if len(codes) == 1}
    for alias, code in _ALIASES.items():
        if code is None:
            table.pop(alias, None)
        else:
            table[alias] = code
    alternation = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"{_NOT_BEFORE}(?<![\w.])(?:{alternation})(?![\w’'-]*\w)(?!\.\w)")
    return pattern, table


def find_countries(text: str) -> list[str]:
    """The codes of the countries and regions `text` names, in order of first mention.

    A bare two-letter code ("CA", "PR") is a country only in a list with one named
    otherwise ("US and CA phone numbers", "outside of US, CA, and PR"): alone, "CA" may
    be California and "IT" a pronoun."""
    pattern, table = _table()
    found: list[tuple[int, str]] = []
    end = 0
    for capital in _CAPITAL.finditer(text):
        if capital.start() < end:
            continue
        match = pattern.match(text, capital.start())
        if match is None:
            continue
        end = match.end()
        name = match.group(0)
        if name == "US" and _shouting(text, match.start(), match.end()):
            continue
        code = table.get(name)
        if code:
            found.append((match.start(), code))
    if _CODE_LIST.search(text):
        named = {start for start, _ in found}
        for run in _CODE_LIST.finditer(text):
            codes = list(_CODE.finditer(run.group(0)))
            if not any(run.start() + c.start() in named or c.group(0) in table
                       for c in codes):
                continue
            for c in codes:
                code = _alpha_2(c.group(0))
                if code:
                    found.append((run.start() + c.start(), table.get(c.group(0), code)))
    codes_in_order: list[str] = []
    for _, code in sorted(found):
        if code not in codes_in_order:
            codes_in_order.append(code)
    return codes_in_order


_CODE = re.compile(r"[A-Z]{2}")
_CODE_LIST = re.compile(
    r"(?<![\w.])[A-Z]{2}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)"
    r"[A-Z]{2})+(?!\w|\.\w)"
)


@functools.cache
def _alpha_2(code: str) -> str | None:
    import pycountry

    return code if pycountry.countries.get(alpha_2=code) else None


def _shouting(text: str, start: int, end: int) -> bool:
    """"US" next to a word in capitals ("CONTACT US", "ABOUT US") is the pronoun."""
    before = re.search(r"([A-Za-z]{2,})\W*$", text[max(0, start - 24): start])
    after = re.match(r"\W*([A-Za-z]{2,})", text[end: end + 24])
    return any(m and m.group(1).isupper() and m.group(1) not in _CODES for m in (before, after))


_CODES = frozenset({"SMS", "MMS", "EU", "UK", "EEA", "API", "A2P", "TCPA", "CTIA", "FCC"})
