"""The static changelog site: HTML pages, feeds and raw snapshots built from the database.

Everything a tracked page said is untrusted, so templates autoescape, nothing from a page
is marked safe, links are emitted only for http(s) URLs and raw bodies are published as
plain text.  Links are relative, so the site works from file:// and from a sub-path.
Files are written only when their bytes change, so a rebuild touches what changed, and a
page is rendered only when its inputs changed (see `tracker.outputs.sitedigests`), so a rebuild
costs what changed, not the size of the site.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from tracker.config import Config
from tracker.errors import TrackerError
from tracker.models import iso
from tracker.outputs import feeds
from tracker.outputs.sitedigests import DIGESTS, Digests, PageKeys
from tracker.outputs.siteviews import (
    ChangeView,
    SiteData,
    SourceView,
    collect,
    group_blocks,
    http_url,
)
from tracker.store import Store

MANIFEST = ".tracker-site.json"
HOME_LIMIT = 100


class SiteError(TrackerError):
    """The site cannot be built: a template is broken or the output folder unwritable."""


@dataclass
class SiteResult:
    """What a build did; `str()` is the line the CLI prints.

    `rendered` lists the pages and feeds rendered (the others' inputs had not changed).
    """

    written: int = 0
    unchanged: int = 0
    removed: int = 0
    rendered: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = f"{self.written:,} pages written, {self.unchanged:,} unchanged"
        return text + (f", {self.removed:,} removed" if self.removed else "")


class SiteWriter:
    """Writes files under `out` only when their bytes differ from what is on disk, and
    renders a page only when the key of its inputs differs from the last build's."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.result = SiteResult()
        self.paths: set[str] = set()
        self.digests = Digests(out)
        self._dirs: set[Path] = set()

    def fresh(self, path: str, key: str) -> bool:
        """True (the file counted as unchanged) when the last build made `path` from `key`
        and the file is still what it wrote; else the caller renders it."""
        if not self.digests.fresh(path, key):
            return False
        self.keep(path)
        return True

    def write(self, path: str, data: bytes, key: str | None = None, *extra: object) -> None:
        """Write `path` if its bytes changed; `key` (for a rendered page) is remembered."""
        self.paths.add(path)
        target = self.out / path
        if key is not None:
            self.result.rendered.append(path)
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                self.result.unchanged += 1
                if key is not None:
                    self.digests.record(path, key, data, *extra)
                return
        except FileNotFoundError:
            pass
        self._write(target, data)
        self.result.written += 1
        if key is not None:
            self.digests.record(path, key, data, *extra)

    def keep(self, path: str) -> None:
        """Count a content-addressed file that already exists as unchanged."""
        self.paths.add(path)
        self.result.unchanged += 1

    def _write(self, target: Path, data: bytes) -> None:
        if target.parent not in self._dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(target.parent)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)  # a reader never sees half a page

    def finish(self) -> SiteResult:
        """Delete files an earlier build wrote that this one did not, then save the list."""
        manifest = self.out / MANIFEST
        try:
            previous = set(json.loads(manifest.read_text("utf-8")))
        except (FileNotFoundError, ValueError, TypeError):
            previous = set()
        for stale in sorted(previous - self.paths):
            target = self.out / stale
            if ".." not in Path(stale).parts and target.is_file():
                target.unlink()
                self.result.removed += 1
        if previous != self.paths:
            self._write(manifest, json.dumps(sorted(self.paths), indent=0).encode("utf-8"))
        if self.digests.changed(self.paths):
            self._write(self.out / DIGESTS, self.digests.encode(self.paths))
        return self.result


def template_loader(templates: Path | None) -> jinja2.BaseLoader:
    """The user's folder first, then the bundled templates wherever this install put them.

    A wheel ships them as tracker/templates/site; an editable install leaves them in the
    checkout's top-level templates/site; PackageLoader covers zipped installs.
    """
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(templates))
    here = Path(__file__).resolve().parent.parent  # the tracker package
    for folder in (here / "templates" / "site", here.parent / "templates" / "site"):
        if (folder / "base.html").is_file():
            loaders.append(jinja2.FileSystemLoader(folder))
    try:
        loaders.append(jinja2.PackageLoader("tracker.templates", "site"))
    except (ImportError, ValueError, AssertionError):
        pass
    return jinja2.ChoiceLoader(loaders)


def make_environment(templates: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=template_loader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["http_url"] = http_url
    env.filters["day"] = _day
    env.filters["moment"] = _moment
    env.filters["iso"] = _iso
    env.filters["number"] = lambda n: f"{n:,}"
    env.globals["group_blocks"] = group_blocks
    return env


def _day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC).date()
    return value.isoformat()


def _moment(value: dt.datetime | None) -> str:
    """"2025-04-01 09:30 UTC", cut from `iso` (not strftime: a full build formats 70,000)."""
    stamp = iso(value)
    return f"{stamp[:10]} {stamp[11:16]} UTC" if stamp else ""


def _iso(value: dt.date | dt.datetime | None) -> str:
    if isinstance(value, dt.datetime):
        return iso(value) or ""
    return value.isoformat() if value else ""


def build_site(
    store: Store,
    config: Config,
    out: Path,
    *,
    templates: Path | None = None,
    today: dt.date | None = None,
) -> SiteResult:
    """Build (or bring up to date) the whole site under `out`."""
    out = Path(out)
    today = today or dt.datetime.now(dt.UTC).date()
    env = make_environment(templates)
    data = collect(store, config)
    try:
        writer = SiteWriter(out)
        out.mkdir(parents=True, exist_ok=True)
        _write_raw(store, data, writer)
        keys = PageKeys(env, data, today)
        _write_pages(env, data, writer, today, keys)
        _write_feeds(data, writer, keys)
        return writer.finish()
    except jinja2.TemplateError as exc:
        where = getattr(exc, "name", None) or getattr(exc, "filename", None) or "template"
        raise SiteError(f"site: {where}: {exc}") from None
    except OSError as exc:
        raise SiteError(f"site: cannot write {out}: {exc}") from None


def _write_pages(
    env: jinja2.Environment, data: SiteData, writer: SiteWriter, today: dt.date, keys: PageKeys
) -> None:
    common = {"site": data, "today": today}
    writer.write("style.css", _template_text(env, "style.css").encode("utf-8"))
    if not writer.fresh("index.html", key := keys.home()):
        home = env.get_template("index.html")
        context = {"root": "", "page": "home", **common, **_home(data, today)}
        writer.write("index.html", _render(home, **context), key)
    for source in data.sources:
        if not writer.fresh(source.page, key := keys.source_page(source)):
            page = env.get_template("source.html")
            context = {"root": "../", "page": "source", "source": source, **common}
            writer.write(source.page, _render(page, **context), key)
    for change in data.changes:
        if not writer.fresh(change.page, key := keys.change_page(change)):
            page = env.get_template("change.html")
            context = {"root": "../", "page": "change", "change": change, **common}
            writer.write(change.page, _render(page, **context), key)
    for facet in [*data.countries, *data.products]:
        if not writer.fresh(facet.page, key := keys.facet_page(facet)):
            page = env.get_template("facet.html")
            context = {"root": "../", "page": facet.kind, "facet": facet,
                       "changes": facet.changes, **common}
            writer.write(facet.page, _render(page, **context), key)


def _render(template: jinja2.Template, **context: object) -> bytes:
    return template.render(**context).encode("utf-8")


def _write_feeds(data: SiteData, writer: SiteWriter, keys: PageKeys) -> None:
    """feed.atom, feed.json, effective-dates.ics and one Atom feed per source."""
    listed = feeds.listed(data)
    newest = feeds.newest(listed)
    if not writer.fresh("feed.atom", key := keys.feed("feed.atom", newest)):
        writer.write("feed.atom", feeds.atom(data, listed, "feed.atom", data.title), key)
    if not writer.fresh("feed.json", key := keys.feed("feed.json", newest)):
        writer.write("feed.json", feeds.json_feed(data, listed, "feed.json"), key)
    _write_calendar(data, writer, keys, listed)
    for source in data.sources:
        shown = feeds.newest(source.changes)
        if not writer.fresh(source.feed, key := keys.feed(source.feed, shown)):
            title = f"{data.title}: {source.name}"
            writer.write(source.feed, feeds.atom(data, source.changes, source.feed, title), key)
    for facet in [*data.countries, *data.products]:
        title = f"{data.title}: {facet.label}"
        shown = feeds.newest(facet.changes)
        if not writer.fresh(facet.feed, key := keys.feed(facet.feed, shown, title)):
            writer.write(facet.feed, feeds.atom(data, facet.changes, facet.feed, title, facet.page),
                         key)


def _write_calendar(
    data: SiteData, writer: SiteWriter, keys: PageKeys, listed: list[ChangeView]
) -> None:
    """The calendar of effective dates, reusing the events of the last build it can."""
    path = "effective-dates.ics"
    events = [feeds.event_key(data, c) for c in listed if c.effective is not None]
    if writer.fresh(path, key := keys.calendar(events)):
        return
    known: dict[str, bytes] = {}
    previous = writer.digests.previous_bytes(path)
    if previous is not None and isinstance(previous[1][-1], list):
        old, entry = previous
        texts = feeds.calendar_events(old)
        if len(texts) == len(entry[-1]):
            known = dict(zip(entry[-1], texts, strict=True))
    writer.write(path, feeds.icalendar(data, listed, known), key, events)


def _template_text(env: jinja2.Environment, name: str) -> str:
    """A static file (the stylesheet) found through the same override chain as templates."""
    assert env.loader is not None
    return env.loader.get_source(env, name)[0]


@dataclass
class Upcoming:
    change: ChangeView
    days: int


def _home(data: SiteData, today: dt.date) -> dict[str, object]:
    """What the home page lists: recent non-technical changes, and dates still ahead."""
    listed = [c for c in reversed(data.changes) if c.kind != "technical"]
    upcoming = sorted(
        (
            Upcoming(c, (c.effective.date - today).days)
            for c in listed
            if c.effective is not None and c.effective.date >= today
        ),
        key=lambda u: (u.change.effective.date, u.change.id),  # type: ignore[union-attr]
    )
    return {"latest": listed[:HOME_LIMIT], "latest_total": len(listed), "upcoming": upcoming}


def _write_raw(store: Store, data: SiteData, writer: SiteWriter) -> None:
    """Publish stored bodies as raw/<hash>.txt (or .pdf): never as HTML that would run.

    Content-addressed: a file already there is kept without reading the body again."""
    existing = _existing_raw(writer.out / "raw")
    for digest in _raw_hashes(data.sources):
        path = existing.get(digest)
        if path is None:
            path = _publish_body(store, digest, writer)
        else:
            writer.keep(path)
        if path is not None:
            data.raw[digest] = path


def _existing_raw(folder: Path) -> dict[str, str]:
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return {}
    return {n.rsplit(".", 1)[0]: f"raw/{n}" for n in names if n.endswith((".txt", ".pdf"))}


def _raw_hashes(sources: Iterable[SourceView]) -> list[str]:
    seen: dict[str, None] = {}
    for source in sources:
        for version in source.versions:
            if version.body_hash:
                seen.setdefault(version.body_hash, None)
    return list(seen)


def _publish_body(store: Store, digest: str, writer: SiteWriter) -> str | None:
    found = store.get_body(digest)
    if found is None or not all(ch in "0123456789abcdef" for ch in digest):
        return None
    body, content_type = found
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind == "application/pdf" or body[:5] == b"%PDF-":
        path = f"raw/{digest}.pdf"
        writer.write(path, body)
        return path
    text = _decode(body, content_type)
    if text is None:
        return None
    path = f"raw/{digest}.txt"
    # The BOM makes browsers read it as UTF-8 from file:// too, where no header says so.
    writer.write(path, ("\ufeff" + text).encode("utf-8"))
    return path


def _decode(body: bytes, content_type: str | None) -> str | None:
    """The body as text, or None for binary bodies that must not be shown as text."""
    charset = "utf-8"
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    if b"\x00" in body[:4096]:
        return None
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
