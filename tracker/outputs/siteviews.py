"""What the site's templates see: sources and changes read once from the store, linked.

Templates get plain typed objects (no queries, no logic beyond loops), so a user's
override templates can rely on these fields.  Rows are read whole but parsed lazily: a
change's diff and a source's current text are parsed the first time a page or feed uses
them, so a rebuild that renders a few pages reads every row and parses only those.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import orjson

from tracker.config import Config
from tracker.models import Block, BlockDiff, Change, ChangeFacts, EffectiveDate, WordOp
from tracker.outputs.whatchanged import (
    SEVERITY_LABELS,
    ForYou,
    country_file,
    country_name,
    for_you,
    product_file,
)
from tracker.store import Store, parse_iso

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
KIND_LABELS = {
    "substantive": "Substantive",
    "date-only": "Date only",
    "editorial": "Editorial",
    "technical": "Technical",
}
HEALTH_LABELS = {"ok": "OK", "failing": "Failing", "suspect": "Suspect", "new": "Not checked yet"}


def http_url(url: object) -> str:
    """`url` if it is an absolute http(s) URL, else "": no javascript:, data: or file: links."""
    if not isinstance(url, str):
        return ""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    if any(ch in url for ch in "\x00\r\n\t"):
        return ""
    return url


def slug(source_id: str) -> str:
    """A file name for a source: its id when that is already safe, else a stable hash."""
    if SAFE_NAME.match(source_id) and source_id not in (".", ".."):
        return source_id
    return "s-" + hashlib.sha256(source_id.encode("utf-8")).hexdigest()[:16]


def value_digest(value: object) -> str:
    """A short hash of data (strings, numbers, dates, None, lists and tuples of them).

    The data goes in as JSON written by orjson, in C, and is hashed with sha256, which
    OpenSSL runs with the CPU's SHA instructions: an unchanged rebuild of 10,000 changes
    hashes about 20 MB (each change's stored row, each page's inputs), and repr() with
    the reference blake2b took a sixth of it.  A value JSON cannot hold goes in by its
    repr, and everything does when orjson cannot write it (an integer past 64 bits, a
    lone surrogate).
    """
    try:
        data = orjson.dumps(value, default=repr)
    except orjson.JSONEncodeError:
        data = repr(value).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:32]


@dataclass
class VersionView:
    id: int
    first_seen: dt.datetime
    last_seen: dt.datetime
    body_hash: str | None
    origin: str
    blocks: int


@dataclass(eq=False)
class SourceView:
    """One source with its health and its changes (oldest first).

    `row` is the source's stored row; `blocks`, its current text, is read on first use.
    """

    id: str
    slug: str
    name: str
    url: str
    tracked: bool
    status: str
    health: str
    last_checked: dt.datetime | None
    last_ok: dt.datetime | None
    last_error: str | None
    suspect_reason: str | None
    suspect_since: dt.datetime | None
    versions: list[VersionView] = field(default_factory=list)
    changes: list[ChangeView] = field(default_factory=list)
    fetches: list[dict[str, Any]] = field(default_factory=list)
    row: dict[str, Any] = field(default_factory=dict, repr=False)
    read_blocks: Callable[[], list[Block]] = field(default=list, repr=False)

    @cached_property
    def blocks(self) -> list[Block]:
        """The current text: the latest version's blocks."""
        return self.read_blocks()

    @property
    def page(self) -> str:
        return f"sources/{self.slug}.html"

    @property
    def feed(self) -> str:
        return f"sources/{self.slug}.atom"

    @property
    def health_label(self) -> str:
        return HEALTH_LABELS.get(self.health, self.health)


@dataclass(eq=False)
class ChangeView:
    """One change with its neighbours in the same source, for the redline page.

    `row` is the change as stored; `change` (and its `diff`) is parsed from it on first use.
    """

    id: int
    source: SourceView
    detected_at: dt.datetime
    from_version: int | None
    to_version: int
    effective: EffectiveDate | None
    kind: str
    summary: str
    backfilled: bool
    row: dict[str, Any] = field(repr=False)
    parse: Callable[[dict[str, Any]], Change] = field(repr=False)
    prev: ChangeView | None = None
    next: ChangeView | None = None
    facts: ChangeFacts | None = None  # None for a change stored before facts existed
    narrative: str | None = None  # the [summary] command's text, if any

    @cached_property
    def change(self) -> Change:
        return self.parse(self.row)

    @property
    def diff(self) -> BlockDiff:
        return self.change.diff

    @cached_property
    def digest(self) -> str:
        """A hash of the stored row: equal digests, equal change."""
        return value_digest(list(self.row.values()))

    @property
    def page(self) -> str:
        return f"changes/{self.id}.html"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def title(self) -> str:
        return self.summary or f"{self.kind_label} change"

    @property
    def severity(self) -> str:
        return self.facts.severity if self.facts else self.kind

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity)

    @cached_property
    def for_you(self) -> ForYou | None:
        """The "What changed for you" panel: facts by type, countries, products, summary."""
        return for_you(self.facts, self.narrative)


@dataclass(eq=False)
class FacetView:
    """A country or a product, with the changes about it (oldest first, none technical):
    its own index page and Atom feed."""

    kind: str  # "country" | "product"
    key: str  # the file name stem: "BR", "a2p-10dlc"
    label: str  # "Brazil (BR)", "A2P 10DLC"
    changes: list[ChangeView] = field(default_factory=list)

    @property
    def folder(self) -> str:
        return "countries" if self.kind == "country" else "products"

    @property
    def page(self) -> str:
        return f"{self.folder}/{self.key}.html"

    @property
    def feed(self) -> str:
        return f"{self.folder}/{self.key}.atom"


@dataclass
class SiteData:
    """Everything the site shows; `raw` maps a body hash to its published file."""

    title: str
    url: str
    sources: list[SourceView]
    changes: list[ChangeView]  # oldest first
    raw: dict[str, str] = field(default_factory=dict)
    versions: dict[int, VersionView] = field(default_factory=dict)
    countries: list[FacetView] = field(default_factory=list)  # by name
    products: list[FacetView] = field(default_factory=list)  # by name

    def raw_for(self, version_id: int | None) -> str | None:
        version = self.versions.get(version_id) if version_id is not None else None
        if version is None or not version.body_hash:
            return None
        return self.raw.get(version.body_hash)


def collect(store: Store, config: Config) -> SiteData:
    """Read sources (configured ones first, then any only the database knows) and changes."""
    rows = {row["id"]: row for row in store.source_rows()}
    versions: dict[str, list[VersionView]] = {}
    for v in store.version_rows():
        versions.setdefault(v["source"], []).append(
            VersionView(v["id"], parse_iso(v["first_seen"]), parse_iso(v["last_seen"]),
                        v["body_hash"], v["origin"] or "live", v["block_count"] or 0)
        )  # fmt: skip
    declared = {s.id: s for s in config.sources}
    order = list(declared) + sorted(set(rows) - set(declared))
    sources = [
        _source_view(sid, rows.get(sid, {}), declared.get(sid), versions.get(sid, []), store)
        for sid in order
    ]
    by_id = {s.id: s for s in sources}
    changes: list[ChangeView] = []
    for row in store.change_rows():
        source = by_id.get(row["source"])
        if source is None or row["id"] is None:
            continue
        view = _change_view(row, source, store)
        if source.changes:
            view.prev, source.changes[-1].next = source.changes[-1], view
        source.changes.append(view)
        changes.append(view)
    data = SiteData(
        title=str(config.site.get("title") or "Policy changes"),
        url=str(config.site.get("url") or ""),
        sources=sources,
        changes=changes,
    )
    data.versions = {v.id: v for s in sources for v in s.versions}
    data.countries, data.products = facets(changes)
    return data


def facets(changes: list[ChangeView]) -> tuple[list[FacetView], list[FacetView]]:
    """The countries and the products non-technical changes are about, each with its
    changes.  Products whose names give the same file name share one page."""
    countries: dict[str, FacetView] = {}
    products: dict[str, FacetView] = {}
    for change in changes:
        if change.kind == "technical" or change.facts is None:
            continue
        for code in dict.fromkeys(c.upper() for c in change.facts.countries):
            name = country_name(code)
            label = name if name == code else f"{name} ({code})"
            facet = countries.setdefault(code, FacetView("country", country_file(code), label))
            facet.changes.append(change)
        for name in change.facts.products:
            facet = products.setdefault(product_file(name), FacetView(
                "product", product_file(name), name))
            if not facet.changes or facet.changes[-1] is not change:
                facet.changes.append(change)
    return sorted(countries.values(), key=_by_label), sorted(products.values(), key=_by_label)


def _by_label(facet: FacetView) -> tuple[str, str]:
    return (facet.label.casefold(), facet.key)


def _source_view(
    sid: str, row: dict[str, Any], declared: Any, versions: list[VersionView], store: Store
) -> SourceView:
    status = row.get("status") or "new"
    health = {"error": "failing", "suspect": "suspect"}.get(status, "ok")
    if not row.get("last_checked") and not versions:
        health = "new"
    latest = versions[-1].id if versions else None
    return SourceView(
        id=sid,
        slug=slug(sid),
        name=(declared.name if declared else None) or row.get("name") or sid,
        url=(declared.url if declared else None) or row.get("url") or "",
        tracked=declared is not None,
        status=status,
        health=health,
        last_checked=parse_iso(row.get("last_checked")),
        last_ok=parse_iso(row.get("last_ok")),
        last_error=row.get("last_error"),
        suspect_reason=row.get("suspect_reason"),
        suspect_since=parse_iso(row.get("suspect_since")),
        versions=versions,
        fetches=store.fetch_rows(sid, limit=10),
        row=row,
        read_blocks=lambda: _blocks_of(store, latest),
    )


def _blocks_of(store: Store, version_id: int | None) -> list[Block]:
    version = store.version(version_id) if version_id is not None else None
    return list(version.blocks) if version else []


def _change_view(row: dict[str, Any], source: SourceView, store: Store) -> ChangeView:
    change = store.change_from_row(row, diff=False)
    assert change.id is not None
    return ChangeView(
        id=change.id,
        source=source,
        detected_at=change.detected_at,
        from_version=change.from_version,
        to_version=change.to_version,
        effective=change.effective,
        kind=change.kind,
        summary=change.summary,
        backfilled=change.backfilled,
        row=row,
        parse=store.change_from_row,
        facts=change.facts,
        narrative=change.narrative,
    )


@dataclass
class BlockGroup:
    """Consecutive blocks that render as one element: a heading, paragraph, list or table."""

    kind: str
    blocks: list[Block]
    level: int = 0

    @property
    def rows(self) -> list[list[str]]:
        return [[cell.strip() for cell in b.text.split(" | ")] for b in self.blocks]


def group_blocks(blocks: list[Block]) -> list[BlockGroup]:
    """Join list items into lists and table rows into tables; headings get a level 2-6."""
    groups: list[BlockGroup] = []
    for block in blocks:
        kind = block.kind if block.kind in ("heading", "item", "row") else "paragraph"
        if kind in ("item", "row") and groups and groups[-1].kind == kind:
            groups[-1].blocks.append(block)
            continue
        level = min(6, max(3, block.level + 2)) if kind == "heading" else 0
        groups.append(BlockGroup(kind, [block], level))
    return groups


def word_ops(ops: list[WordOp]) -> list[WordOp]:
    """Ops as given: the diff stage keeps whitespace inside the op texts."""
    return ops
