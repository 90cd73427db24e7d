"""The database as people browse it: Datasette metadata with canned queries.

`tracker datasette-metadata > metadata.json && datasette tracker.db -m metadata.json`
opens the tracker database with table descriptions, facets and the questions people
ask first, answered without writing SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

QUERIES: dict[str, dict[str, str]] = {
    "taking_effect_soon": {
        "title": "Changes taking effect in the next 30 days",
        "sql": (
            "select c.effective_date, s.name as source, c.summary, c.effective_date_text,"
            " c.id as change_id\n"
            "from changes c join sources s on s.id = c.source\n"
            "where c.superseded_by is null\n"
            "  and c.effective_date between date('now') and date('now', '+30 days')\n"
            "order by c.effective_date, s.name"
        ),
    },
    "changes_per_source": {
        "title": "Changes per source",
        "sql": (
            "select s.id as source, s.name, count(c.id) as changes,"
            " max(c.detected_at) as last_change,"
            " sum(c.kind = 'substantive') as substantive\n"
            "from sources s left join changes c on c.source = s.id"
            " and c.superseded_by is null\n"
            "group by s.id order by changes desc, s.id"
        ),
    },
    "latest_versions": {
        "title": "The last version of every source",
        "sql": (
            "select s.id as source, s.name, v.id as version, v.first_seen, v.last_seen,"
            " length(v.text) as characters, v.text\n"
            "from sources s join versions v on v.id = (\n"
            "  select max(id) from versions where source = s.id and superseded_by is null)\n"
            "order by s.id"
        ),
    },
    "search_changes": {
        "title": "Search the changes",
        "sql": (
            "select c.id, c.source, c.detected_at, c.effective_date, c.summary\n"
            "from changes_fts f join changes c on c.rowid = f.rowid\n"
            "where changes_fts match :q order by rank limit 100"
        ),
    },
}

TABLES: dict[str, dict[str, Any]] = {
    "sources": {"description": "Tracked pages: declaration, health, last check."},
    "versions": {
        "description": "Each distinct extracted text of a source.",
        "facets": ["source", "origin"],
        "fts_table": "versions_fts",
        "fts_pk": "id",
        "searchmode": "raw",
    },
    "changes": {
        "description": "What changed between two versions, its kind and effective date.",
        "facets": ["source", "kind", "effective_date"],
        "fts_table": "changes_fts",
        "fts_pk": "id",
        "searchmode": "raw",
    },
    "fetches": {"description": "Fetch attempts (repeats folded into one row with a count).",
                "facets": ["source", "outcome"]},
    "outbox": {"description": "Notification deliveries, one per change and channel.",
               "facets": ["status", "channel_label"]},
    "volatile": {"description": "What was learned to vary on each source (never a change)."},
}


def metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the database at `db_path` (named by its file stem)."""
    name = Path(db_path).stem
    return {
        "title": "policy-tracker",
        "description": "Versions and changes of the tracked policy pages.",
        "databases": {name: {"tables": TABLES, "queries": QUERIES}},
    }
