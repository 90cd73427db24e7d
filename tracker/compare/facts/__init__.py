"""What a change asks of its readers: facts read from its clause diff, offline.

    from tracker.compare.facts import change_facts
    facts = change_facts(change.diff, change.kind, blocks=new_version.blocks,
                         old_blocks=old_version.blocks, effective=change.effective)
    facts.severity      # "obligation" | "substantive" | "editorial" | "date-only" | "technical"
    facts.facts         # [Fact("quantity", "12", "6", "...", unit="second"), ...]
    facts.countries     # ["BR", "IN"]  (ISO 3166 alpha-2, "EU", "EEA")
    facts.products      # ["WhatsApp"]

Deterministic: the same diff gives the same facts on every machine, with no model and no
network.  Modules, in the order data flows: `model` (the dataclasses), `units` and
`quantities` (numbers and units), `modals` (the phrases that ask, and how each is read in
its clause: condition, the author's own duty, possibility), `asks` (what a clause asks,
item by item, and how that changed), `deadlines` (dates to meet, not the effective date),
`places` (countries), `products` (vocabulary), `analyse` (one change).
"""

from tracker.compare.facts.analyse import change_facts
from tracker.compare.facts.modals import find_modals, lead_in_strength
from tracker.compare.facts.places import find_countries
from tracker.compare.facts.products import DEFAULT_PRODUCTS, Vocabulary, find_products
from tracker.compare.facts.quantities import Quantity, changed_quantities, find_quantities
from tracker.models import (
    SEVERITIES,
    STRENGTHS,
    ChangeFacts,
    Fact,
    FactType,
    Severity,
    severity_rank,
)

__all__ = [
    "DEFAULT_PRODUCTS", "SEVERITIES", "STRENGTHS", "ChangeFacts", "Fact", "FactType",
    "Quantity", "Severity", "Vocabulary", "change_facts", "changed_quantities",
    "find_countries", "find_modals", "find_products", "find_quantities",
    "lead_in_strength", "severity_rank",
]
