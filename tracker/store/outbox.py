"""Notification deliveries and the channels they go to (`outbox`, `channels`).

One outbox row per (change, channel): pending until sent, retried with a back-off, failed
after the last attempt.  A channel remembers when it was first seen, so a new channel is
not flooded with the whole history.
"""

from __future__ import annotations

import datetime as dt

from tracker.models import iso, parse_iso
from tracker.store.connection import Connection


class OutboxTables(Connection):
    """Queries on the outbox and the channels."""

    def channel_first_seen(self, channel_id: str) -> dt.datetime | None:
        row = self.db.execute("select first_seen from channels where id = ?",
                              [channel_id]).fetchone()
        return parse_iso(row[0]) if row else None

    def add_channel(self, channel_id: str, label: str, now: dt.datetime) -> None:
        self.db["channels"].insert({"id": channel_id, "label": label, "first_seen": iso(now)})

    def queue_delivery(
        self, change_id: int, channel_id: str, label: str, status: str, now: dt.datetime
    ) -> bool:
        """Add an outbox row unless the change is already queued there; True if added."""
        cursor = self.db.execute(
            "insert or ignore into outbox (change_id, channel, channel_label, status, "
            "attempts, next_attempt_at, created_at) values (?, ?, ?, ?, 0, ?, ?)",
            [change_id, channel_id, label, status, iso(now), iso(now)],
        )
        return bool(cursor.rowcount)

    def handled_changes(self, channel_id: str) -> set[int]:
        """Changes queued on a channel and no longer pending (sent, failed or skipped)."""
        return {r[0] for r in self.db.execute(
            "select change_id from outbox where channel = ? and status != 'pending'",
            [channel_id])}

    def due_deliveries(self, channel_id: str, now: dt.datetime) -> list[tuple[int, int]]:
        """(outbox row id, change id) of the pending deliveries due by `now`."""
        return [tuple(r) for r in self.db.execute(
            "select id, change_id from outbox where channel = ? and status = 'pending' "
            "and next_attempt_at <= ? order by change_id", [channel_id, iso(now)]).fetchall()]

    def delivery_sent(self, row_id: int, now: dt.datetime) -> None:
        self.db.execute("update outbox set status = 'sent', sent_at = ?, "
                        "attempts = attempts + 1, last_error = null where id = ?",
                        [iso(now), row_id])

    def delivery_attempts(self, row_id: int) -> int:
        return self.db.execute("select attempts from outbox where id = ?",
                               [row_id]).fetchone()[0]

    def delivery_failed(
        self, row_id: int, status: str, attempts: int, problem: str, retry: dt.datetime
    ) -> None:
        self.db.execute("update outbox set status = ?, attempts = ?, last_error = ?, "
                        "next_attempt_at = ? where id = ?",
                        [status, attempts, problem, iso(retry), row_id])

    def count_deliveries(self, status: str) -> int:
        return self.db["outbox"].count_where("status = ?", [status])

    def delivery_counts(self) -> dict[str, int]:
        return dict(self.db.execute(
            "select status, count(*) from outbox group by status").fetchall())

    def open_deliveries(self) -> list[tuple]:
        """Pending and failed deliveries: status, channel label, source, change id,
        attempts, next attempt, last error."""
        return self.db.execute(
            "select o.status, o.channel_label, c.source, o.change_id, o.attempts, "
            "o.next_attempt_at, o.last_error from outbox o left join changes c "
            "on c.id = o.change_id where o.status in ('pending', 'failed') "
            "order by o.status, o.change_id").fetchall()
