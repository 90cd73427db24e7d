"""TOML config -> typed Config.  Every mistake is one line naming file, source and problem.

Declarations are data (as in Open Terms Archive): a `[[sources]]` table per document, plus
optional `[settings]`, `[notify]`, `[site]` and `[archive]` tables.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import ConfigError
from tracker.models import Source

SOURCE_KEYS = {"id", "name", "url", "select", "remove", "render", "kind", "tags"}
TOP_KEYS = {"sources", "settings", "notify", "site", "archive", "facets", "summary"}
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
BUNDLED = "bundled Twilio catalog"
HTTP_ENGINES = ("auto", "libcurl", "httpx")


@dataclass
class Settings:
    """How the tool runs; every field can be set under `[settings]`."""

    concurrency: int = 16
    per_host: int = 4
    timeout: float = 30.0
    retries: int = 2
    # Fetch a page a second time before recording a change, keeping only what is stable.
    confirm: bool = True
    confirm_delay: float = 1.0
    # A confirmed change that still looks like one short text swapped for another (a
    # rotating call-to-action) is fetched up to this many more times, until the old
    # text shows up again (then it is learned as a variant) or the swap holds.
    variant_fetches: int = 8
    # A suspect fetch (block page, lost text) becomes a version after this many runs in a row.
    suspect_runs: int = 3
    snapshots_dir: str = "snapshots"
    user_agent: str | None = None
    # Worker processes fetching and extracting pages: 0 = one per core and a spare, for 16+
    # pages; 1 = none (the run's own fetch threads do it).
    parse_processes: int = 0
    # How pages are fetched: "libcurl" (the exchange in C, through pycurl), "httpx"
    # (httpx's own pure-Python transport), "auto" (libcurl where pycurl imports).
    http: str = "auto"


@dataclass
class Config:
    path: Path | None
    sources: list[Source]
    settings: Settings = field(default_factory=Settings)
    notify: dict[str, Any] = field(default_factory=dict)
    site: dict[str, Any] = field(default_factory=dict)
    archive_url: str = "https://web.archive.org"
    # [facets] products: the product names changes are tagged with (list, or table of
    # name -> other spellings); None: the bundled vendor vocabulary.
    products: list[str] | dict[str, list[str]] | None = None
    # [summary] command / timeout: an optional free-text summary of each change.
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return str(self.path) if self.path else BUNDLED

    def source(self, source_id: str) -> Source:
        for src in self.sources:
            if src.id == source_id:
                return src
        ids = [s.id for s in self.sources]
        close = difflib.get_close_matches(source_id, ids, n=3)
        known = ", ".join(ids[:12]) + (f" and {len(ids) - 12} more" if len(ids) > 12 else "")
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise ConfigError(f"{self.label}: no source '{source_id}' (known: {known}{hint})")


def resolve_path(explicit: str | os.PathLike[str] | None) -> Path | None:
    """--config / TRACKER_CONFIG, else ./tracker.toml, else None (the bundled catalog)."""
    if explicit:
        return Path(explicit)
    local = Path("tracker.toml")
    return local if local.exists() else None


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate a config file; with no file, the bundled Twilio catalog."""
    resolved = resolve_path(path)
    if resolved is None:
        text = resources.files("tracker").joinpath("catalog.toml").read_text("utf-8")
        return parse_config(text, None)
    try:
        text = resolved.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{resolved}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{resolved}: cannot read config file: {exc}") from None
    return parse_config(text, resolved)


def parse_config(text: str, path: Path | None) -> Config:
    label = str(path) if path else BUNDLED
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: invalid TOML: {exc}") from None
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ConfigError(f"{label}: unknown top-level key '{sorted(unknown)[0]}'")
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list) or not all(isinstance(s, dict) for s in raw_sources):
        raise ConfigError(f"{label}: 'sources' must be [[sources]] tables")
    if not raw_sources:
        raise ConfigError(f"{label}: no [[sources]] declared")
    sources: list[Source] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_sources, start=1):
        src = _parse_source(raw, label, index)
        if src.id in seen:
            raise ConfigError(f"{label}: source '{src.id}': duplicate id")
        seen.add(src.id)
        sources.append(src)
    archive = _table(data, "archive", label)
    _only_keys(archive, {"url"}, label, "[archive]")
    archive_url = os.environ.get("TRACKER_ARCHIVE_URL") or archive.get("url") or (
        "https://web.archive.org"
    )
    facets = _table(data, "facets", label)
    _only_keys(facets, {"products"}, label, "[facets]")
    products = facets.get("products")
    if products is not None and not (
        (isinstance(products, list) and all(isinstance(p, str) for p in products))
        or (isinstance(products, dict) and all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in products.values()
        ))
    ):
        raise ConfigError(f"{label}: [facets] products must be a list of names, or a table "
                          "of name = [other spellings]")
    summary = _table(data, "summary", label)
    _only_keys(summary, {"command", "timeout"}, label, "[summary]")
    if "command" in summary and not isinstance(summary["command"], str | list):
        raise ConfigError(f"{label}: [summary] command must be a string or a list")
    if not isinstance(summary.get("timeout", 60), int | float):
        raise ConfigError(f"{label}: [summary] timeout must be a number of seconds")
    return Config(
        path=path,
        sources=sources,
        products=products,
        summary=summary,
        settings=_parse_settings(_table(data, "settings", label), label),
        notify=_table(data, "notify", label),
        site=_table(data, "site", label),
        archive_url=str(archive_url).rstrip("/"),
    )


def _table(data: dict[str, Any], key: str, label: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{label}: [{key}] must be a table")
    return value


def _only_keys(table: dict[str, Any], allowed: set[str], label: str, where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"{label}: {where}: unknown key '{unknown[0]}'")


def _parse_settings(table: dict[str, Any], label: str) -> Settings:
    settings = Settings()
    types = {f.name: f.type for f in fields(Settings)}
    _only_keys(table, set(types), label, "[settings]")
    for key, value in table.items():
        default = getattr(settings, key)
        expected = type(default) if default is not None else str
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(
                f"{label}: [settings]: '{key}' must be {expected.__name__}, got {value!r}"
            )
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            raise ConfigError(f"{label}: [settings]: '{key}' must not be negative")
        setattr(settings, key, value)
    if settings.concurrency < 1 or settings.per_host < 1:
        raise ConfigError(f"{label}: [settings]: concurrency and per_host must be at least 1")
    if settings.http not in HTTP_ENGINES:
        raise ConfigError(f"{label}: [settings]: 'http' must be one of "
                          f"{', '.join(map(repr, HTTP_ENGINES))}, got {settings.http!r}")
    return settings


def _parse_source(raw: dict[str, Any], label: str, index: int) -> Source:
    sid = raw.get("id")
    where = f"source '{sid}'" if isinstance(sid, str) and sid else f"source #{index}"
    unknown = sorted(set(raw) - SOURCE_KEYS)
    if unknown:
        raise ConfigError(f"{label}: {where}: unknown key '{unknown[0]}'")
    for key in ("id", "name", "url"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ConfigError(f"{label}: {where}: '{key}' is required and must be a string")
    if not ID_RE.match(sid):
        raise ConfigError(
            f"{label}: {where}: id may use only letters, digits, '.', '_' and '-'"
        )
    url = raw["url"].strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "file") or (
        parts.scheme != "file" and not parts.netloc
    ):
        raise ConfigError(f"{label}: {where}: bad URL '{url}' (need http:// or https://)")
    select = _selectors(raw.get("select"), "select", label, where)
    remove = _selectors(raw.get("remove"), "remove", label, where)
    render = raw.get("render", "http")
    if render not in ("http", "browser"):
        raise ConfigError(f"{label}: {where}: render must be \"http\" or \"browser\"")
    kind = raw.get("kind", "policy")
    if kind not in ("policy", "changelog"):
        raise ConfigError(f"{label}: {where}: kind must be \"policy\" or \"changelog\"")
    tags = raw.get("tags", [])
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ConfigError(f"{label}: {where}: tags must be a string or a list of strings")
    return Source(
        id=sid,
        name=raw["name"].strip(),
        url=url,
        select=select,
        remove=remove,
        render=render,
        kind=kind,
        tags=tuple(tags),
    )


def _selectors(value: Any, key: str, label: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
        raise ConfigError(f"{label}: {where}: '{key}' must be a CSS selector or a list of them")
    for selector in items:
        problem = validate_selector(selector)
        if problem:
            raise ConfigError(f"{label}: {where}: invalid {key} selector '{selector}': {problem}")
    return tuple(s.strip() for s in items)


# Plain selectors (type, class and id selectors, `*`, combinators, lists): valid in every
# CSS dialect, soupsieve's included, so they are checked without importing soupsieve.
_IDENT = r"-?[_a-zA-Z][_a-zA-Z0-9-]*"
_COMPOUND = rf"(?:(?:{_IDENT}|\*)(?:[.#]{_IDENT})*|(?:[.#]{_IDENT})+)"
_WS = r"[ \t\n\r\f]"  # CSS whitespace (Python's \s also takes \v and \x1c-\x1f)
_COMPLEX = rf"{_COMPOUND}(?:{_WS}*[>+~]{_WS}*{_COMPOUND}|{_WS}+{_COMPOUND})*"
_PLAIN_SELECTOR = re.compile(rf"{_WS}*{_COMPLEX}(?:{_WS}*,{_WS}*{_COMPLEX})*{_WS}*")


def validate_selector(selector: str) -> str | None:
    """None when `selector` is valid CSS for soupsieve, else a one-line problem."""
    if not selector or not selector.strip():
        return "empty selector"
    if _PLAIN_SELECTOR.fullmatch(selector):
        return None
    import soupsieve  # here, not at the top: 0.15 s of start-up, needed only for checks

    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError as exc:
        return str(exc).strip().splitlines()[0]
    except Exception as exc:  # soupsieve raises a few other types on odd input
        return f"{type(exc).__name__}: {exc}".splitlines()[0]
    return None
