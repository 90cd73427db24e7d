"""The facts of one change: what it now asks, where, and by when.

`Fact` is one thing a reader must know (a limit that moved, a "may" that became a "must",
a new prohibition, a date to meet); `ChangeFacts` gathers a change's facts with the
countries and products it is about and one severity.  Both are plain data with
`to_dict`/`from_dict`, so they can be stored as JSON, put in a feed or sent to a channel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FactType = Literal["quantity", "obligation", "deadline"]
Severity = Literal["obligation", "substantive", "editorial", "date-only", "technical"]

# Most important first: a filter "--min-severity substantive" keeps the first two.
SEVERITIES: tuple[Severity, ...] = (
    "obligation", "substantive", "editorial", "date-only", "technical",
)
# The strength scale of obligation facts, weakest first; "prohibition" sits apart.
STRENGTHS = ("permission", "recommendation", "obligation", "prohibition")


def severity_rank(severity: str) -> int:
    """0 for the most important severity ("obligation"), 4 for "technical"."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True)
class Fact:
    """One fact read from a change.

    `type` and what `before` / `after` hold:

    * "quantity": the number as a plain decimal ("12", "0.5", "1000"); None when the
      number is new (`before`) or gone (`after`).  `unit` is the unit, canonical and
      singular ("second", "%", "USD", "message per second", "business day"; "hour -> day"
      when it changed; "" for a bare count).  `detail` is a few words of context
      ("calls of less than").
    * "obligation": a strength of STRENGTHS, None on the side where the clause did not
      exist or asked nothing: (None, "prohibition") is a new prohibition, ("obligation",
      None) a dropped requirement, ("permission", "obligation") a shift.  `detail`
      reads like "may -> must" or "new prohibition".
    * "deadline": the ISO date (`after`; `before` is the date it replaced, if any);
      `detail` is the date as written.

    `text` is the sentence the fact was read from: the new text, or the old text for what
    was removed.
    """

    type: FactType
    before: str | None
    after: str | None
    text: str
    unit: str = ""
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "before": self.before, "after": self.after,
                "text": self.text, "unit": self.unit, "detail": self.detail}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        return cls(type=data["type"], before=data.get("before"), after=data.get("after"),
                   text=data.get("text", ""), unit=data.get("unit", ""),
                   detail=data.get("detail", ""))

    def summary(self) -> str:
        """One line for a subject or a list: "calls of less than 12 -> 6 second"."""
        if self.type == "quantity":
            head = f"{self.detail} " if self.detail else ""
            unit = f" {self.unit}" if self.unit else ""
            return f"{head}{self.before or '(none)'} -> {self.after or '(none)'}{unit}"
        if self.type == "deadline":
            return f"deadline {self.after}" + (f" (was {self.before})" if self.before else "")
        return self.detail or f"{self.before} -> {self.after}"


@dataclass
class ChangeFacts:
    """Everything `tracker.facts.change_facts` read from one change."""

    severity: Severity
    facts: list[Fact] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO 3166 alpha-2, "EU", "EEA"
    products: list[str] = field(default_factory=list)  # names from the vocabulary

    @property
    def headline(self) -> str:
        """The most important fact in one line ('' when there is none): obligations first,
        then quantities, then deadlines, as `facts` is ordered."""
        return self.facts[0].summary() if self.facts else ""

    def of_type(self, fact_type: str) -> list[Fact]:
        return [f for f in self.facts if f.type == fact_type]

    def to_dict(self) -> dict[str, Any]:
        return {"severity": self.severity, "facts": [f.to_dict() for f in self.facts],
                "countries": list(self.countries), "products": list(self.products)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChangeFacts:
        return cls(severity=data["severity"],
                   facts=[Fact.from_dict(f) for f in data.get("facts", [])],
                   countries=list(data.get("countries", [])),
                   products=list(data.get("products", [])))
