"""What each page of the site is built from, so a rebuild renders only the pages it must.

A page's key hashes every input its templates can read: the rows of the change or source
it shows (its neighbours, its source's name), the template files it reaches, the code
that builds it and, when a template reads it, `today`.  Templates are read, not trusted:
one that reaches further than the bundled ones (`site.changes` on a change page, a
source's history from a change page) widens the key of its pages to the whole source or
the whole site, so an override can never leave a page stale.

The keys of the last build live next to the site in `.tracker-digests.json`, with each
file's size, mtime and hash, so a page deleted or edited by hand is built again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import jinja2
from jinja2 import nodes

from tracker.outputs.siteviews import (
    ChangeView,
    FacetView,
    SiteData,
    SourceView,
    value_digest,
)

DIGESTS = ".tracker-digests.json"
# Fields of a source that a change page does not show: reading one makes its pages depend on
# the whole source (whose row changes at every check).
SOURCE_WIDE = frozenset({
    "tracked", "status", "health", "health_label", "last_checked", "last_ok", "last_error",
    "suspect_reason", "suspect_since", "blocks", "versions", "changes", "fetches", "row",
})  # fmt: skip
# What of `site` each page reads without depending on every source and change.
SITE_NARROW = {
    "change": frozenset({"title", "url", "raw_for"}),
    "source": frozenset({"title", "url", "raw", "raw_for"}),
    "facet": frozenset({"title", "url"}),
    "home": frozenset(),
}
# Pages that show changes without their sources' state: a change page, and a country's or
# a product's index (whose changes come as the `changes` list, not as an attribute).
_PER_CHANGE = ("change", "facet")
# Paths inside the tracker package: the outputs that render pages, the records, and the
# store that reads them (every module of it: the queries are split by table family).
_CODE = ("outputs/site.py", "outputs/siteviews.py", "outputs/sitedigests.py", "outputs/feeds.py",
         "outputs/whatchanged.py", "models.py", "store/__init__.py", "store/connection.py",
         "store/database.py", "store/schema.py", "store/sources.py", "store/versions.py",
         "store/changes.py", "store/outbox.py", "store/state.py")
# pycountry: the names of countries shown on change pages and country pages.
_LIBRARIES = ("jinja2", "markupsafe", "feedgen", "icalendar", "lxml", "pycountry")


def digest(*parts: object) -> str:
    """A short hash of `parts` (strings, numbers, dates, tuples and lists of them)."""
    return value_digest(parts)


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


@cache
def generator_key() -> str:
    """The code and libraries that turn the data into bytes: an upgrade rebuilds everything."""
    here = Path(__file__).resolve().parent.parent  # the tracker package
    parts: list[object] = []
    for name in _CODE:
        try:
            parts.append(file_digest((here / name).read_bytes()))
        except OSError:
            from tracker import __version__

            parts.append(__version__)
    for library in _LIBRARIES:
        try:
            parts.append(metadata.version(library))
        except metadata.PackageNotFoundError:
            parts.append(None)
    return digest(*parts)


# -- templates ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateReach:
    """The templates a page kind renders through, and how much of the data they read."""

    key: str  # hash of the source of every template reached
    scope: str  # "page", "source" or "site"
    today: bool  # a template reads `today`


def template_reach(
    env: jinja2.Environment, name: str, kind: str, parsed: _Parsed | None = None
) -> TemplateReach:
    """Follow `name` through extends, includes and imports (for `from x import m`, only the
    macros imported and those they call) and read what the reached code looks up."""
    parsed = parsed or _Parsed(env)
    wanted = _reached(parsed, name)
    sources = {n: parsed.source(n) for n in sorted(wanted)}
    body = [node for n, macros in wanted.items() for node in _parts(parsed, n, macros)]
    looks = _Lookups(body)
    scope = "page" if kind in _PER_CHANGE else "source"
    if kind in _PER_CHANGE and (looks.attrs & SOURCE_WIDE or looks.beyond_change):
        scope = "source"
    if kind == "home" or looks.site_wide(SITE_NARROW[kind]):
        scope = "site"
    return TemplateReach(digest(sorted(sources.items())), scope, "today" in looks.names)


class _Parsed:
    """Each template's source and tree, read once; an `ignore missing` include that is
    missing reads as None (its key still changes when the file appears)."""

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env
        self.optional: set[str] = set()
        self._trees: dict[str, tuple[str | None, nodes.Template]] = {}

    def source(self, name: str) -> str | None:
        return self._read(name)[0]

    def tree(self, name: str) -> nodes.Template:
        return self._read(name)[1]

    def _read(self, name: str) -> tuple[str | None, nodes.Template]:
        if name not in self._trees:
            assert self.env.loader is not None
            try:
                source = self.env.loader.get_source(self.env, name)[0]
            except jinja2.TemplateNotFound:
                if name not in self.optional:
                    raise
                self._trees[name] = (None, nodes.Template([]))
            else:
                self._trees[name] = (source, self.env.parse(source, name))
        return self._trees[name]


def _reached(parsed: _Parsed, name: str) -> dict[str, set[str] | None]:
    """Template name -> macros used from it (None: all of it)."""
    wanted: dict[str, set[str] | None] = {}
    todo: list[tuple[str, set[str] | None]] = [(name, None)]
    while todo:
        current, macros = todo.pop()
        before = wanted.get(current, set())
        if current in wanted and (before is None or (macros is not None and macros <= before)):
            continue
        wanted[current] = None if macros is None or before is None else before | macros
        for node in _parts(parsed, current, wanted[current]):
            todo.extend(_references(parsed, node))
    return wanted


def _parts(parsed: _Parsed, name: str, macros: set[str] | None) -> list[nodes.Node]:
    """The nodes of `name` that run: all of it, or its top level and the macros used."""
    tree = parsed.tree(name)
    if macros is None:
        return [tree]
    defined = {m.name: m for m in tree.find_all(nodes.Macro)}
    todo, used = list(macros), set()
    while todo:
        macro = defined.get(todo.pop())
        if macro is None or macro.name in used:
            continue
        used.add(macro.name)
        todo += [c.node.name for c in macro.find_all(nodes.Call) if isinstance(c.node, nodes.Name)]
    top = [n for n in tree.body if not isinstance(n, nodes.Macro)]
    return top + [defined[m] for m in sorted(used)]


def _references(parsed: _Parsed, node: nodes.Node) -> Iterator[tuple[str, set[str] | None]]:
    """Templates `node` pulls in; a name computed at render time pulls in every template."""
    for ref in node.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        target = ref.template
        if not (isinstance(target, nodes.Const) and isinstance(target.value, str)):
            names = parsed.env.list_templates(filter_func=_is_template)
            yield from ((n, None) for n in names)
        elif isinstance(ref, nodes.FromImport):
            yield target.value, {n if isinstance(n, str) else n[0] for n in ref.names}
        else:
            if isinstance(ref, nodes.Include) and ref.ignore_missing:
                parsed.optional.add(target.value)
            yield target.value, None


class _Lookups:
    """Names, attributes and `site` fields that template code looks up."""

    def __init__(self, body: Iterable[nodes.Node]) -> None:
        self.names: set[str] = set()
        self.attrs: set[str] = set()
        self.site_fields: list[str | None] = []  # None: `site` used whole
        self.beyond_change = False  # a neighbour's neighbour, or a name computed at render
        looked_up: set[int] = set()  # `site` names read through a field
        kinds = (nodes.Name, nodes.Getattr, nodes.Getitem, nodes.Const, nodes.Filter)
        for root in body:
            for node in root.find_all(kinds):  # a parent comes before its children
                if isinstance(node, nodes.Name) and node.ctx == "load":
                    self.names.add(node.name)
                    if node.name == "site" and id(node) not in looked_up:
                        self.site_fields.append(None)
                elif isinstance(node, nodes.Getattr):
                    self._field(node.node, node.attr, looked_up)
                    if node.attr in ("prev", "next") and not _is_name(node.node, "change"):
                        self.beyond_change = True
                elif isinstance(node, nodes.Getitem):
                    if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                        self._field(node.node, node.arg.value, looked_up)
                    elif not isinstance(node.arg, (nodes.Const, nodes.Slice)):
                        self.beyond_change = True
                elif isinstance(node, nodes.Filter) and node.name in ("attr", "map"):
                    given = [*node.args, *(k.value for k in node.kwargs)]
                    if not all(isinstance(a, nodes.Const) for a in given):
                        self.beyond_change = True
                elif isinstance(node, nodes.Const) and isinstance(node.value, str):
                    self.attrs.update(node.value.split("."))  # attribute="changes", attr(...)

    def _field(self, node: nodes.Node, name: str, looked_up: set[int]) -> None:
        self.attrs.add(name)
        if _is_name(node, "site"):
            looked_up.add(id(node))
            self.site_fields.append(name)

    def site_wide(self, narrow: frozenset[str]) -> bool:
        return any(f is None or f not in narrow for f in self.site_fields)


def _is_template(name: str) -> bool:
    return not name.endswith(".css")


def _is_name(node: nodes.Node, name: str) -> bool:
    return isinstance(node, nodes.Name) and node.name == name


# -- page keys ---------------------------------------------------------------------------
class PageKeys:
    """The key of every page and feed of one build."""

    def __init__(self, env: jinja2.Environment, data: SiteData, today: dt.date) -> None:
        self.data = data
        self.today = today
        self.site = (data.title, data.url)
        parsed = _Parsed(env)
        self.reach = {
            kind: template_reach(env, f"{name}.html", kind, parsed)
            for kind, name in (("home", "index"), ("source", "source"), ("change", "change"),
                               ("facet", "facet"))
        }
        self._sources: dict[str, str] = {}
        self._all: str | None = None

    def _page(self, kind: str, *parts: object) -> str:
        reach = self.reach[kind]
        wide = self.everything() if reach.scope == "site" else None
        when = self.today if reach.today or kind == "home" else None
        return digest(generator_key(), kind, reach.key, reach.scope, when, self.site, wide, parts)

    def home(self) -> str:
        return self._page("home")

    def source_page(self, source: SourceView) -> str:
        return self._page("source", self.source_data(source))

    def change_page(self, change: ChangeView) -> str:
        wide = self.source_data(change.source) if self.reach["change"].scope != "page" else None
        return self._page(
            "change", identity(change.source), change.digest,
            change.prev.digest if change.prev else None,
            change.next.digest if change.next else None,
            self.data.raw_for(change.from_version), self.data.raw_for(change.to_version), wide,
        )  # fmt: skip

    def facet_page(self, facet: FacetView) -> str:
        """A country's or a product's index: its changes (and, for a template that reads
        further, their sources' state)."""
        listed = [(identity(c.source), c.digest) for c in facet.changes]
        wide = None
        if self.reach["facet"].scope != "page":
            sources = dict.fromkeys(c.source for c in facet.changes)
            wide = [self.source_data(s) for s in sources]
        return self._page("facet", facet.kind, facet.key, facet.label, listed, wide)

    def source_data(self, source: SourceView) -> str:
        """Everything a source page can show of `source`."""
        key = self._sources.get(source.id)
        if key is None:
            raw = self.data.raw
            versions = [
                (v.id, v.first_seen, v.last_seen, v.body_hash, v.origin, v.blocks,
                 raw.get(v.body_hash or "")) for v in source.versions
            ]  # fmt: skip
            key = digest(
                identity(source), source.tracked, source.status, source.health,
                sorted(source.row.items()), versions, [tuple(f.items()) for f in source.fetches],
                [c.digest for c in source.changes],
            )  # fmt: skip
            self._sources[source.id] = key
        return key

    def everything(self) -> str:
        """Every source and change, in order: the input of the home page."""
        if self._all is None:
            self._all = digest(self.site, [self.source_data(s) for s in self.data.sources])
        return self._all

    def feed(self, path: str, changes: Iterable[ChangeView], *extra: object) -> str:
        """An Atom or JSON feed of `changes` at `path` (`extra`: its title, if its own)."""
        listed = [(identity(c.source), c.digest) for c in changes]
        return digest(generator_key(), "feed", path, self.site, listed, *extra)

    def calendar(self, events: list[str]) -> str:
        """The calendar of effective dates, from its events' keys (`feeds.event_key`)."""
        return digest(generator_key(), "calendar", self.site, events)


def identity(source: SourceView) -> tuple[str, str, str, str]:
    """What a change page or feed shows of its source."""
    return (source.id, source.slug, source.name, source.url)


# -- what the last build wrote -----------------------------------------------------------
class Digests:
    """path -> [key, size, mtime_ns, hash of the bytes written, extra...] of the last build."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self._folder = os.path.join(out, "")  # with its trailing separator
        try:
            loaded = json.loads((out / DIGESTS).read_text("utf-8"))
            self.previous: dict[str, list] = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self.previous = {}
        self.current: dict[str, list] = {}

    def fresh(self, path: str, key: str) -> bool:
        """True when `path` was built from `key` and is still what that build wrote."""
        entry = self.previous.get(path)
        if not isinstance(entry, list) or len(entry) < 4 or entry[0] != key:
            return False
        target = self._folder + path
        try:
            stat = os.stat(target)
            if (stat.st_size, stat.st_mtime_ns) != (entry[1], entry[2]):
                # Copied or checked out again: same bytes under a new mtime is still fresh.
                if stat.st_size != entry[1] or file_digest(Path(target).read_bytes()) != entry[3]:
                    return False
                entry = [key, stat.st_size, stat.st_mtime_ns, *entry[3:]]
        except OSError:
            return False
        self.current[path] = entry
        return True

    def previous_bytes(self, path: str) -> tuple[bytes, list] | None:
        """What the last build wrote at `path` and its entry, if the file is still that."""
        entry = self.previous.get(path)
        if not isinstance(entry, list) or len(entry) < 4:
            return None
        try:
            data = (self.out / path).read_bytes()
        except OSError:
            return None
        return (data, entry) if file_digest(data) == entry[3] else None

    def record(self, path: str, key: str, data: bytes, *extra: object) -> None:
        stat = (self.out / path).stat()
        self.current[path] = [key, stat.st_size, stat.st_mtime_ns, file_digest(data), *extra]

    def changed(self, paths: Iterable[str]) -> bool:
        """Whether this build's entries for `paths` differ from the saved ones."""
        return self._kept(paths) != self.previous

    def encode(self, paths: Iterable[str]) -> bytes:
        """The entries of this build for `paths` (the files it kept), as the file to save."""
        return json.dumps(self._kept(paths), separators=(",", ":")).encode("utf-8")

    def _kept(self, paths: Iterable[str]) -> dict[str, list]:
        return {p: self.current[p] for p in sorted(paths) if p in self.current}
