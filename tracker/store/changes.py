"""Changes and their facts (`changes`, `facts`): written by a check, read by every output."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from tracker.models import BlockDiff, Change, ChangeFacts, EffectiveDate, Fact, iso, parse_iso
from tracker.store.connection import Connection


class ChangeTables(Connection):
    """Queries on changes and facts."""

    def add_change(self, change: Change) -> int:
        change.id = self.db["changes"].insert(
            {"source": change.source, **self._change_columns(change)}
        ).last_pk
        self._write_facts(change)
        return change.id

    @classmethod
    def _change_columns(cls, change: Change) -> dict[str, Any]:
        """A change's row, less its source and id (the same for an insert and a rewrite)."""
        eff = change.effective
        return {
            "detected_at": iso(change.detected_at), "from_version": change.from_version,
            "to_version": change.to_version,
            "effective_date": eff.date.isoformat() if eff else None,
            "effective_date_text": eff.text if eff else None,
            "effective_origin": eff.origin if eff else None,
            "kind": change.kind, "summary": change.summary,
            "diff": json.dumps(change.diff.to_dict(), ensure_ascii=False),
            "backfilled": int(change.backfilled), "origin": change.origin,
            **cls._fact_columns(change),
        }

    @staticmethod
    def _fact_columns(change: Change) -> dict[str, Any]:
        facts = change.facts
        return {
            "severity": facts.severity if facts else None,
            "countries": json.dumps(facts.countries) if facts else None,
            "products": json.dumps(facts.products) if facts else None,
        }

    def _write_facts(self, change: Change) -> None:
        """One `facts` row per fact of the change (replacing any it had)."""
        self.db.execute("delete from facts where change_id = ?", [change.id])
        for position, fact in enumerate(change.facts.facts if change.facts else []):
            self._insert("facts", {"change_id": change.id, "position": position, **fact.to_dict()})

    def set_facts(self, change: Change) -> None:
        """Store facts computed for a change already stored (recomputation)."""
        self.db["changes"].update(change.id, self._fact_columns(change))
        self._write_facts(change)

    def set_narrative(self, change_id: int, text: str) -> None:
        self.db["changes"].update(change_id, {"narrative": text})

    def changes_to_summarize(self) -> list[Change]:
        """Live changes with no summary yet, oldest first: what `[summary] command` is
        asked about (backfilled, re-extracted, date-only and technical changes never are)."""
        rows = self.db["changes"].rows_where(
            "narrative is null and superseded_by is null and origin = 'live' "
            "and backfilled = 0 and kind not in ('technical', 'date-only')",
            order_by="detected_at, id")
        return [self._change(r) for r in rows]

    def _facts_of(self, row: dict[str, Any]) -> ChangeFacts | None:
        if not row.get("severity"):
            return None
        if "fact_rows" in row:  # read with the row (`change_rows`)
            rows = [r[1:] for r in sorted(json.loads(row["fact_rows"] or "[]"))]
        else:
            rows = self.db.execute(
                "select [type], [before], [after], [text], [unit], [detail] from facts "
                "where change_id = ? "
                "order by position", [row["id"]]).fetchall()
        return ChangeFacts(
            severity=row["severity"],
            facts=[Fact(t, b, a, x or "", u or "", d or "") for t, b, a, x, u, d in rows],
            countries=json.loads(row.get("countries") or "[]"),
            products=json.loads(row.get("products") or "[]"),
        )

    def _change(self, row: dict[str, Any], *, diff: bool = True) -> Change:
        eff = None
        if row["effective_date"]:
            eff = EffectiveDate(
                dt.date.fromisoformat(row["effective_date"]),
                row["effective_date_text"] or "",
                row["effective_origin"] or "added",
            )
        return Change(
            source=row["source"],
            detected_at=parse_iso(row["detected_at"]),
            from_version=row["from_version"],
            to_version=row["to_version"],
            diff=BlockDiff.from_dict(json.loads(row["diff"])) if diff else BlockDiff(),
            effective=eff,
            kind=row["kind"],
            summary=row["summary"] or "",
            backfilled=bool(row["backfilled"]),
            origin=row["origin"] or "live",
            id=row["id"],
            facts=self._facts_of(row),
            narrative=row.get("narrative"),
        )

    def changes(
        self,
        source: str | Sequence[str] | None = None,
        since: dt.datetime | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Change]:
        """Changes oldest first (by detected_at, then id)."""
        where, params = ["superseded_by is null"], []
        if isinstance(source, str):
            where.append("source = ?")
            params.append(source)
        elif source:
            where.append(f"source in ({', '.join('?' * len(source))})")
            params.extend(source)
        if since is not None:
            where.append("detected_at >= ?")
            params.append(iso(since))
        if kinds:
            where.append(f"kind in ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        rows = self.db["changes"].rows_where(
            " and ".join(where), params, order_by="detected_at, id"
        )
        return [self._change(r) for r in rows]

    def change(self, change_id: int) -> Change | None:
        rows = list(self.db["changes"].rows_where("id = ?", [change_id]))
        return self._change(rows[0]) if rows else None

    def changes_into(self, version_id: int) -> list[Change]:
        rows = self.db["changes"].rows_where(
            "to_version = ? and superseded_by is null", [version_id], order_by="id"
        )
        return [self._change(r) for r in rows]

    def update_change(self, change: Change) -> None:
        """Rewrite a change in place, keeping its id (links and outbox rows stay valid)."""
        self.db["changes"].update(change.id, self._change_columns(change))
        self._write_facts(change)

    def supersede_change(self, change_id: int, by: int | None = 0) -> None:
        self.db["changes"].update(change_id, {"superseded_by": by})

    def change_rows(self) -> list[dict[str, Any]]:
        """Every current change as its stored row (the diff still JSON), oldest first as in
        `changes()`: the site hashes rows to find what changed and parses only those.
        `fact_rows` carries the change's facts, so that a row's hash covers them too."""
        cursor = self.db.execute(
            "select c.*, (select json_group_array(json_array(f.position, f.type, f.before, "
            "f.after, f.text, f.unit, f.detail)) from facts f where f.change_id = c.id) "
            "as fact_rows from changes c where c.superseded_by is null "
            "order by c.detected_at, c.id"
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def change_from_row(self, row: dict[str, Any], *, diff: bool = True) -> Change:
        """A `change_rows()` row as a Change; `diff=False` leaves the diff empty, unparsed."""
        return self._change(row, diff=diff)
