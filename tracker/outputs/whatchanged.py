"""What changed for you: a change's facts as readers see them, in every output.

The facts engine (`tracker.compare.facts`) gives typed facts; e-mails, chat messages, the site
and its feeds all show them the same way: a severity label, the facts grouped by type
(obligations, quantities old → new, deadlines), each with the sentence it was read from,
the countries by name and the products.  This module turns a `ChangeFacts` into that,
and names the files of the per-country and per-product pages.  Nothing here is HTML:
templates escape every string.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

from tracker.models import Change, ChangeFacts, Fact

SEVERITY_LABELS = {
    "obligation": "Obligation",
    "substantive": "Substantive",
    "editorial": "Editorial",
    "date-only": "Date only",
    "technical": "Technical",
}
REGIONS = {"EU": "European Union", "EEA": "European Economic Area"}
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


@functools.cache
def country_name(code: str) -> str:
    """The name of a country code: "Brazil" for "BR", "European Union" for "EU"; the code
    itself when unknown."""
    if code in REGIONS:
        return REGIONS[code]
    import pycountry  # loaded on first use only

    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_file(code: str) -> str:
    """The file name stem of a country's page: its code when safe, else a stable hash."""
    code = code.upper()
    return code if _SAFE.match(code) else "c-" + _hash(code)


def product_file(name: str) -> str:
    """The file name stem of a product's page: "a2p-10dlc" for "A2P 10DLC"."""
    stem = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return stem if stem and _SAFE.match(stem) else "p-" + _hash(name.casefold())


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def arrows(text: str) -> str:
    """Arrows as people write them: "12 -> 6 second" becomes "12 → 6 second"."""
    return text.replace(" -> ", " → ")


@dataclass(frozen=True)
class FactLine:
    """One fact in one line (`summary`), with the sentence it was read from."""

    type: str
    summary: str
    text: str
    written: str = ""  # a deadline as the page wrote it ("March 1, 2026")


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    file: str

    @property
    def label(self) -> str:
        return self.name if self.name == self.code else f"{self.name} ({self.code})"


@dataclass(frozen=True)
class Product:
    name: str
    file: str


@dataclass
class ForYou:
    """The "What changed for you" panel of one change."""

    severity: str
    severity_label: str
    headline: str
    obligations: list[FactLine] = field(default_factory=list)
    quantities: list[FactLine] = field(default_factory=list)
    deadlines: list[FactLine] = field(default_factory=list)
    countries: list[Place] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    narrative: str = ""

    @property
    def has_facts(self) -> bool:
        return bool(self.obligations or self.quantities or self.deadlines)


def fact_line(fact: Fact) -> FactLine:
    if fact.type == "deadline":
        summary = f"by {fact.after}" + (f" (was {fact.before})" if fact.before else "")
        return FactLine(fact.type, summary, fact.text, fact.detail)
    return FactLine(fact.type, arrows(fact.summary()), fact.text)


def headline(facts: ChangeFacts | None) -> str:
    """The most important fact in one line, arrows and all ('' when there is none)."""
    return arrows(facts.headline) if facts and facts.facts else ""


def for_you(facts: ChangeFacts | None, narrative: str | None = None) -> ForYou | None:
    """The panel of a change with these facts and summary; None when it has neither
    (a change stored before facts existed, with no summary)."""
    if facts is None and not narrative:
        return None
    if facts is None:
        return ForYou("", "", "", narrative=narrative or "")
    lines = [fact_line(f) for f in facts.facts]
    return ForYou(
        severity=facts.severity,
        severity_label=SEVERITY_LABELS.get(facts.severity, facts.severity),
        headline=headline(facts),
        obligations=[line for line in lines if line.type == "obligation"],
        quantities=[line for line in lines if line.type == "quantity"],
        deadlines=[line for line in lines if line.type == "deadline"],
        countries=[Place(c, country_name(c), country_file(c)) for c in facts.countries],
        products=[Product(p, product_file(p)) for p in facts.products],
        narrative=narrative or "",
    )


def change_for_you(change: Change) -> ForYou | None:
    return for_you(change.facts, change.narrative)
