"""Notify: deliver each change once per channel through apprise, with an outbox.

Every (change, channel) pair is a row in `outbox`.  A run enqueues what is new, then
sends what is due.  A failed send stays pending and is retried with exponential backoff
on later runs, up to `max_attempts`, then marked failed.  Rows are marked sent only
after apprise reports success, so if the process dies mid-send the message is sent
again on the next run (at-least-once: a duplicate is better than a missed change).

Never flood: a channel seen for the first time receives only changes detected in the
last `backlog_hours` (default 24); older history is marked skipped.  Backfilled,
re-extracted and technical changes are never sent.

Routes: a channel written as a table may ask only for changes about some countries,
some products, or from a severity up (`countries = ["BR"]`, `products = ["WhatsApp"]`,
`min_severity = "obligation"`), next to `tags`; a change reaches it only if it matches
every filter given (`tracker.models.matches`).  TRACKER_NOTIFY channels get everything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import apprise

from tracker.config import Config
from tracker.errors import NotifyError
from tracker.models import SEVERITIES, Change, matches
from tracker.outputs.messages import render
from tracker.outputs.whatchanged import country_name
from tracker.store import Store, utcnow

DEFAULT_KINDS = ("substantive", "editorial")
EMAIL_SCHEMES = {"mailto", "mailtos"}
_SECRET_KEYS = re.compile(r"pass|token|key|secret|auth|sig|webhook|user", re.I)


@dataclass(frozen=True)
class Channel:
    """A place to send messages, and which changes it wants (empty: all).

    `id` depends only on the URL, so editing a channel's filters keeps its history:
    what it was sent is never sent again."""

    url: str
    tags: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO 3166 alpha-2 codes, "EU", "EEA"
    products: tuple[str, ...] = ()  # names of the product vocabulary
    min_severity: str | None = None

    @property
    def id(self) -> str:
        return hashlib.sha256(self.url.encode()).hexdigest()[:16]

    @property
    def label(self) -> str:
        return mask(self.url)

    @property
    def style(self) -> str:
        scheme = self.url.split("://", 1)[0].lower()
        if scheme in EMAIL_SCHEMES:
            return "email"
        if scheme in ("json", "jsons", "form", "forms", "xml", "xmls"):
            return "text"
        return "chat"


def mask(url: str) -> str:
    """The URL with passwords, tokens and key-like path segments replaced by ****."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("://", 1)[0] + "://****"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:****@{host}" if ":" in userinfo else f"****@{host}"
    segments = parts.path.split("/")
    masked_path = "/".join(
        "****" if len(s) >= 8 and re.search(r"\d", s) and re.search(r"[A-Za-z]", s) else s
        for s in segments
    )
    if parts.scheme.lower() in ("slack", "mmost", "mmosts", "discord", "msteams", "tgram"):
        masked_path = "/".join(s if i == 0 else ("****" if s else s)
                               for i, s in enumerate(masked_path.split("/")))
    query = urlencode([(k, "****" if _SECRET_KEYS.search(k) else v)
                       for k, v in parse_qsl(parts.query, keep_blank_values=True)])
    return urlunsplit((parts.scheme, netloc, masked_path, query, ""))


CHANNEL_KEYS = {"url", "tags", "countries", "products", "min_severity"}


def channels(config: Config) -> list[Channel]:
    """Channels from `[notify] urls` and the TRACKER_NOTIFY environment variable.

    Raises NotifyError (one line naming the channel, secrets masked) for a mistake in a
    channel's table: an unknown key, country, product or severity."""
    found: list[Channel] = []
    urls = config.notify.get("urls", [])
    if not isinstance(urls, list):
        raise NotifyError(f"{config.label}: [notify] urls must be a list")
    for index, item in enumerate(urls, start=1):
        found.append(parse_channel(item, index, config))
    for url in re.split(r"[\s,]+", os.environ.get("TRACKER_NOTIFY", "")):
        if url:
            found.append(Channel(url))
    unique: dict[str, Channel] = {}
    for channel in found:
        unique.setdefault(channel.id, channel)
    return list(unique.values())


def parse_channel(item: object, index: int, config: Config) -> Channel:
    """One entry of `[notify] urls`: a URL, or a table with `url` and its filters."""
    if isinstance(item, str):
        return Channel(item.strip())
    if not isinstance(item, dict) or not isinstance(item.get("url"), str):
        raise NotifyError(f"{config.label}: [notify] urls: channel #{index}: each entry must "
                          "be a URL or a table with url (and tags, countries, products, "
                          "min_severity)")
    url = item["url"].strip()
    where = f"{config.label}: [notify] urls: channel {mask(url)}"
    unknown = sorted(set(item) - CHANNEL_KEYS)
    if unknown:
        raise NotifyError(f"{where}: unknown key '{unknown[0]}' (known: "
                          f"{', '.join(sorted(CHANNEL_KEYS))})")
    severity = item.get("min_severity")
    if severity is not None and severity not in SEVERITIES:
        raise NotifyError(f"{where}: min_severity must be one of {', '.join(SEVERITIES)}, "
                          f"got {severity!r}")
    return Channel(
        url,
        tags=tuple(_names(item, "tags", where)),
        countries=tuple(_country(c, where) for c in _names(item, "countries", where)),
        products=tuple(_product(p, where, config) for p in _names(item, "products", where)),
        min_severity=severity,
    )


def _names(item: dict, key: str, where: str) -> list[str]:
    value = item.get(key, [])
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise NotifyError(f"{where}: {key} must be a string or a list of strings")
    return [v.strip() for v in value]


def _country(value: str, where: str) -> str:
    """An ISO 3166 alpha-2 code, "EU" or "EEA", as the facts name countries."""
    code = value.upper()
    if code in ("EU", "EEA") or (len(code) == 2 and country_name(code) != code):
        return code
    from tracker.compare.facts import find_countries

    guess = find_countries(value) or find_countries(value.title())
    hint = f"; did you mean '{guess[0]}'?" if len(guess) == 1 else ""
    raise NotifyError(f"{where}: unknown country '{value}' (use ISO 3166 codes such as BR "
                      f"or GB, or EU, EEA{hint})")


def _product(value: str, where: str, config: Config) -> str:
    """A product name of the vocabulary (`[facets] products`, else the bundled one)."""
    from tracker.compare.facts import DEFAULT_PRODUCTS

    vocabulary = DEFAULT_PRODUCTS if config.products is None else config.products
    names = {str(n).casefold(): str(n) for n in vocabulary}
    if value.casefold() in names:
        return names[value.casefold()]
    spellings = vocabulary if isinstance(vocabulary, dict) else {}
    meant = [n for n, forms in spellings.items()
             if value.casefold() in {str(f).casefold() for f in forms}]
    hint = f"; did you mean '{meant[0]}'?" if meant else ""
    raise NotifyError(f"{where}: unknown product '{value}' (known: "
                      f"{', '.join(names.values())}{hint})")


@dataclass
class NotifyResult:
    sent: int = 0
    pending: int = 0
    failed: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    dry_run: bool = False

    def __str__(self) -> str:
        if self.dry_run:
            return f"dry run: {self.pending} message(s) would be sent"
        text = f"{self.sent} sent, {self.pending} pending, {self.failed} failed"
        if self.skipped:
            text += f", {self.skipped} skipped (history before the channel existed)"
        return text


def _settings(config: Config) -> dict:
    n = config.notify
    return {
        "kinds": tuple(n.get("kinds", DEFAULT_KINDS)),
        "sources": set(n.get("sources", [])),
        "digest": bool(n.get("digest", False)),
        "max_attempts": int(n.get("max_attempts", 5)),
        "backoff": float(n.get("backoff", 300)),
        "backlog": float(n.get("backlog_hours", 24)),
    }


def _wanted(change: Change, channel: Channel, config: Config, opts: dict) -> bool:
    if change.origin != "live" or change.backfilled or change.kind == "technical":
        return False
    if change.kind not in opts["kinds"]:
        return False
    if opts["sources"] and change.source not in opts["sources"]:
        return False
    if channel.tags:
        source = next((s for s in config.sources if s.id == change.source), None)
        if source is None or not set(source.tags) & set(channel.tags):
            return False
    return matches(change, channel.countries, channel.products, channel.min_severity)


def enqueue(store: Store, config: Config, chans: Sequence[Channel], now: dt.datetime) -> int:
    """Add outbox rows for changes not yet queued on each channel; returns skipped count."""
    opts = _settings(config)
    changes = store.changes()
    skipped = 0
    with store.transaction():
        for channel in chans:
            first_seen = store.channel_first_seen(channel.id)
            if first_seen is None:
                store.add_channel(channel.id, channel.label, now)
                first_seen = now
            horizon = first_seen - dt.timedelta(hours=opts["backlog"])
            for change in changes:
                if not _wanted(change, channel, config, opts):
                    continue
                status = "pending" if change.detected_at >= horizon else "skipped"
                added = store.queue_delivery(change.id, channel.id, channel.label, status, now)
                if added and status == "skipped":
                    skipped += 1
    return skipped


def _send(channel: Channel, changes: list[Change], config: Config) -> str | None:
    """Send one message; None on success, else the reason (secrets masked)."""
    message = render(changes, config, channel.style)
    body_format = {"html": apprise.NotifyFormat.HTML, "markdown": apprise.NotifyFormat.MARKDOWN,
                   "text": apprise.NotifyFormat.TEXT}[message.format]
    sender = apprise.Apprise()
    with apprise.LogCapture(level=apprise.logging.WARNING) as log:
        if not sender.add(channel.url):
            return "not a valid apprise URL"
        ok = sender.notify(body=message.body, title=message.subject, body_format=body_format)
        details = log.getvalue().strip().splitlines()
    if ok:
        return None
    reason = details[-1] if details else "delivery failed"
    return mask_text(reason, channel)


def mask_text(text: str, channel: Channel) -> str:
    """Remove any secret of the channel's URL that a library message may quote."""
    parts = urlsplit(channel.url)
    secrets = [parts.password or "", *(s for s in parts.path.split("/") if len(s) >= 8)]
    secrets += [v for k, v in parse_qsl(parts.query) if _SECRET_KEYS.search(k)]
    for secret in filter(None, secrets):
        text = text.replace(secret, "****")
    return text


def notify_pending(
    store: Store,
    config: Config,
    *,
    dry_run: bool = False,
    echo: Callable[[str], None] = print,
    now: dt.datetime | None = None,
) -> NotifyResult:
    """Enqueue new changes for every channel and send what is due."""
    now = now or utcnow()
    chans = channels(config)
    result = NotifyResult(dry_run=dry_run)
    if not chans:
        return result
    opts = _settings(config)
    if not dry_run:
        result.skipped = enqueue(store, config, chans, now)
    for channel in chans:
        due = _due(store, channel, config, now, dry_run, opts)
        if not due:
            continue
        batches = [due] if opts["digest"] else [[c] for c in due]
        for batch in batches:
            if dry_run:
                message = render([c for c, _ in batch], config, channel.style)
                echo(f"would send to {channel.label}: {message.subject}")
                result.pending += 1
                continue
            problem = _send(channel, [c for c, _ in batch], config)
            _record(store, batch, problem, now, opts, result, channel, echo)
    if not dry_run:
        result.pending = store.count_deliveries("pending")
    return result


def _due(store, channel, config, now, dry_run, opts) -> list[tuple[Change, int]]:
    if dry_run:  # what would be sent: queued rows plus changes not queued yet
        queued = store.handled_changes(channel.id)
        first = store.channel_first_seen(channel.id)
        horizon = (first or now) - dt.timedelta(hours=opts["backlog"])
        return [(c, 0) for c in store.changes()
                if c.id not in queued and _wanted(c, channel, config, opts)
                and c.detected_at >= horizon]
    out = []
    for row_id, change_id in store.due_deliveries(channel.id, now):
        change = store.change(change_id)
        if change is not None:
            out.append((change, row_id))
    return out


def _record(store, batch, problem, now, opts, result, channel, echo) -> None:
    with store.transaction():
        for _, row_id in batch:
            if problem is None:
                store.delivery_sent(row_id, now)
                continue
            attempts = store.delivery_attempts(row_id) + 1
            status = "failed" if attempts >= opts["max_attempts"] else "pending"
            retry = now + dt.timedelta(seconds=opts["backoff"] * 2 ** (attempts - 1))
            store.delivery_failed(row_id, status, attempts, problem, retry)
            if status == "failed":
                result.failed += 1
    if problem is None:
        result.sent += 1
    else:
        result.problems.append(f"{channel.label}: {problem}")
        echo(f"notify: {channel.label}: {problem}")


def outbox_status(store: Store) -> str:
    rows = store.open_deliveries()
    counts = store.delivery_counts()
    lines = [", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "outbox empty"]
    for status, label, source, change_id, attempts, retry, error in rows:
        line = f"{status:<8} change #{change_id} ({source}) -> {label}, {attempts} attempt(s)"
        if status == "pending" and attempts:
            line += f", next try {retry}"
        if error:
            line += f": {error}"
        lines.append(line)
    return "\n".join(lines)
