"""Plain-text views for the terminal: how each source fared (`tracker sources`), and one
line per change (`tracker changes`)."""

from __future__ import annotations

from typing import Any

from tracker.config import Config
from tracker.extract.selectors import selector_engine
from tracker.models import Change
from tracker.store import Store


def source_status(store: Store, config: Config) -> list[dict[str, Any]]:
    """One record per source of the config: status, last check, problem, versions, and
    which engine runs its selectors."""
    store.sync_sources(config.sources)
    rows = {r["id"]: r for r in store.source_rows()}
    out = []
    for src in config.sources:
        row = rows.get(src.id, {})
        out.append({"id": src.id, "name": src.name, "url": src.url,
                    "status": row.get("status") or "new",
                    "last_checked": row.get("last_checked"), "last_ok": row.get("last_ok"),
                    "problem": row.get("last_error") or row.get("suspect_reason"),
                    "versions": store.count_versions(src.id),
                    "selector_engine": selector_engine(selectors)
                    if (selectors := (*src.select, *src.remove)) else None})
    return out


def status_line(item: dict[str, Any]) -> str:
    """A `source_status` record as one line of text."""
    line = (f"{item['id']:<36} {item['status']:<8} versions {item['versions']:<4} "
            f"last ok {item['last_ok'] or '-'}")
    if item["problem"] and item["status"] in ("error", "suspect"):
        line += f"  ({item['problem']})"
    if item["selector_engine"] == "soupsieve":
        line += "  (selectors need soupsieve: slower extraction)"
    return line


def change_line(c: Change) -> str:
    """A change as one line: id, when, source, effective date, severity, headline."""
    eff = c.effective.date.isoformat() if c.effective else "-"
    headline = c.facts.headline if c.facts and c.facts.facts else c.summary
    return (f"#{c.id:<5} {c.detected_at:%Y-%m-%d %H:%M}  {c.source:<32} "
            f"effective {eff:<10}  {c.severity:<11} {headline}")
