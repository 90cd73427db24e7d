"""The static changelog site: HTML pages, feeds and raw snapshots built from the database.

Everything a tracked page said is untrusted, so templates autoescape, nothing from a page
is marked safe, links are emitted only for http(s) URLs and raw bodies are published as
plain text.  Links are relative, so the site works from file:// and from a sub-path.
Files are written only when their bytes change, so a rebuild touches what changed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from tracker import feeds
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.siteviews import (
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
    """What a build did; `str()` is the line the CLI prints."""

    written: int = 0
    unchanged: int = 0
    removed: int = 0

    def __str__(self) -> str:
        text = f"{self.written:,} pages written, {self.unchanged:,} unchanged"
        return text + (f", {self.removed:,} removed" if self.removed else "")


class SiteWriter:
    """Writes files under `out` only when their bytes differ from what is on disk."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.result = SiteResult()
        self.paths: set[str] = set()
        self._dirs: set[Path] = set()

    def write(self, path: str, data: bytes) -> None:
        self.paths.add(path)
        target = self.out / path
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                self.result.unchanged += 1
                return
        except FileNotFoundError:
            pass
        self._write(target, data)
        self.result.written += 1

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
        listing = json.dumps(sorted(self.paths), indent=0).encode("utf-8")
        if not manifest.exists() or manifest.read_bytes() != listing:
            self._write(manifest, listing)
        return self.result


def template_loader(templates: Path | None) -> jinja2.BaseLoader:
    """The user's folder first, then the bundled templates wherever this install put them.

    A wheel ships them as tracker/templates/site; an editable install leaves them in the
    checkout's top-level templates/site; PackageLoader covers zipped installs.
    """
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(templates))
    here = Path(__file__).resolve().parent
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
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _iso(value: dt.date | dt.datetime | None) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
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
    writer = SiteWriter(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        _write_raw(store, data, writer)
        _write_pages(env, data, writer, today)
        feeds.write_feeds(data, writer.write)
        return writer.finish()
    except jinja2.TemplateError as exc:
        where = getattr(exc, "name", None) or getattr(exc, "filename", None) or "template"
        raise SiteError(f"site: {where}: {exc}") from None
    except OSError as exc:
        raise SiteError(f"site: cannot write {out}: {exc}") from None


def _write_pages(
    env: jinja2.Environment, data: SiteData, writer: SiteWriter, today: dt.date
) -> None:
    common = {"site": data, "today": today}
    writer.write("style.css", _template_text(env, "style.css").encode("utf-8"))
    home = env.get_template("index.html")
    writer.write("index.html", _render(home, root="", page="home", **common, **_home(data, today)))
    source_page = env.get_template("source.html")
    for source in data.sources:
        writer.write(
            source.page,
            _render(source_page, root="../", page="source", source=source, **common),
        )
    change_page = env.get_template("change.html")
    for change in data.changes:
        writer.write(
            change.page,
            _render(change_page, root="../", page="change", change=change, **common),
        )


def _render(template: jinja2.Template, **context: object) -> bytes:
    return template.render(**context).encode("utf-8")


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
    """Publish stored bodies as raw/<hash>.txt (or .pdf): never as HTML that would run."""
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
