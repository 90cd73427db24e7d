"""Feeds of the site: Atom (all changes and per source), JSON Feed, iCalendar of dates.

Feeds carry no build time (their `updated` is the newest change), so an unchanged
database gives byte-identical feeds and the incremental build leaves them alone.
Links are absolute when `[site] url` is set, else relative to the feed's own location.
The calendar reuses the serialized events of its last build whose inputs did not change.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Sequence
from urllib.parse import urlsplit

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from icalendar import Calendar, Event

from tracker.models import change_record, iso
from tracker.outputs.sitedigests import digest, generator_key
from tracker.outputs.siteviews import ChangeView, SiteData, http_url

FEED_LIMIT = 100
# Namespaces of the Atom categories a change carries besides its kind.
SCHEME = "https://github.com/policy-tracker/policy-tracker"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# Characters XML 1.0 cannot carry at all; a tracked page may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_VEVENT = re.compile(rb"^BEGIN:VEVENT\r\n", re.MULTILINE)
_END = b"END:VCALENDAR\r\n"


def listed(data: SiteData) -> list[ChangeView]:
    """The changes the site-wide feeds carry: all but technical ones, oldest first."""
    return [c for c in data.changes if c.kind != "technical"]


def newest(changes: Sequence[ChangeView]) -> list[ChangeView]:
    """What a feed of `changes` shows: the newest FEED_LIMIT, newest first."""
    return list(reversed(changes))[:FEED_LIMIT]


def link(data: SiteData, target: str, origin: str) -> str:
    """`target` (a path from the site root) as seen from the file at `origin`."""
    if data.url:
        return data.url.rstrip("/") + "/" + target
    return "../" * origin.count("/") + target


def entry_id(data: SiteData, change: ChangeView) -> str:
    """A stable id: the same change keeps it however the site is moved or rebuilt."""
    host = urlsplit(data.url).netloc if data.url else "policy-tracker"
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{host}/{change.source.id}/{change.id}").urn


def clean(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


def _content(change: ChangeView) -> str:
    """The entry text: what changed, when it binds and the sentence that says so."""
    lines = [f"{change.source.name}: {change.title} ({change.kind_label})"]
    if change.effective:
        lines.append(f"Effective {change.effective.date.isoformat()}: {change.effective.text}")
    lines += _for_you(change)
    diff = change.diff
    lines += [f"Added: {t}" for t in diff.added]
    lines += [f"Removed: {t}" for t in diff.removed]
    lines += [f"Reworded: {m.before} -> {m.after}" for m in diff.modified]
    lines += [f"Moved: {m.text}" for m in diff.moved]
    return clean("\n\n".join(lines))


def _for_you(change: ChangeView) -> list[str]:
    """The "What changed for you" lines of an entry: severity, facts, countries, products."""
    panel = change.for_you
    if panel is None:
        return []
    lines = []
    if panel.severity:
        facts = [*panel.obligations, *panel.quantities, *panel.deadlines]
        told = "; ".join(f"{f.summary} (\u201c{f.text}\u201d)" for f in facts)
        lines.append(f"What changed for you ({panel.severity_label}): "
                     + (told or "no obligation, quantity or deadline changed."))
    if panel.countries:
        lines.append("Countries: " + ", ".join(p.label for p in panel.countries))
    if panel.products:
        lines.append("Products: " + ", ".join(p.name for p in panel.products))
    if panel.narrative:
        lines.append(f"Summary: {panel.narrative}")
    return lines


def atom(
    data: SiteData, changes: Sequence[ChangeView], path: str, title: str,
    page: str = "index.html",
) -> bytes:
    """An Atom feed of `changes`, newest first, at most FEED_LIMIT entries; `page` is the
    page it is the feed of."""
    shown = newest(changes)
    fg = FeedGenerator()
    fg.id(uuid.uuid5(uuid.NAMESPACE_URL, f"{data.url or 'policy-tracker'}/{path}").urn)
    fg.title(clean(title))
    fg.author({"name": clean(data.title)})
    fg.link(href=link(data, page, path), rel="alternate")
    fg.link(href=link(data, path, path), rel="self")
    fg.language("en")
    fg.updated(shown[0].detected_at if shown else EPOCH)
    for change in shown:
        entry = fg.add_entry(order="append")
        entry.id(entry_id(data, change))
        entry.title(clean(f"{change.source.name}: {change.title}"))
        entry.link(href=link(data, change.page, path), rel="alternate")
        entry.updated(change.detected_at)
        entry.published(change.detected_at)
        entry.category(term=change.kind, label=change.kind_label)
        _facet_categories(entry, change)
        entry.content(_content(change), type="text")
    return fg.atom_str(pretty=True)


def _facet_categories(entry: FeedEntry, change: ChangeView) -> None:
    """Severity, countries and products as Atom categories a reader can filter on."""
    panel = change.for_you
    if panel is None or not panel.severity:
        return
    add = entry.category
    add(term=panel.severity, scheme=f"{SCHEME}/severity", label=panel.severity_label)
    for place in panel.countries:
        add(term=place.code, scheme=f"{SCHEME}/country", label=clean(place.name))
    for product in panel.products:
        add(term=clean(product.name), scheme=f"{SCHEME}/product", label=clean(product.name))


def json_feed(data: SiteData, changes: Sequence[ChangeView], path: str) -> bytes:
    """A JSON Feed 1.1; each item carries the change's JSON contract under _policy_tracker."""
    items = []
    for change in newest(changes):
        item = {
            "id": entry_id(data, change),
            "url": link(data, change.page, path),
            "title": f"{change.source.name}: {change.title}",
            "content_text": _content(change),
            "date_published": iso(change.detected_at),
            "tags": [change.kind, change.source.id, *_facet_tags(change)],
            "_policy_tracker": change_record(change.change),
        }
        external = http_url(change.source.url)
        if external:
            item["external_url"] = external
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": data.title,
        "home_page_url": link(data, "index.html", path),
        "feed_url": link(data, path, path),
        "language": "en",
        "items": items,
    }
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _facet_tags(change: ChangeView) -> list[str]:
    """The severity (when it says more than the kind), countries and products of a change."""
    facts = change.facts
    if facts is None:
        return []
    tags = [facts.severity] if facts.severity != change.kind else []
    return list(dict.fromkeys([*tags, *facts.countries, *facts.products]))


def icalendar(
    data: SiteData, changes: Sequence[ChangeView], known: dict[str, bytes] | None = None
) -> bytes:
    """One all-day event per effective date, so people can subscribe in their calendar.

    `known` maps `event_key`s to events serialized before; only the others are built.
    """
    cal = Calendar()
    cal.add("prodid", "-//policy-tracker//effective dates//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", clean(f"{data.title}: effective dates"))
    # A calendar serializes as its own lines, each event's lines, then its END line.
    head = cal.to_ical().removesuffix(_END)
    events = []
    for change in changes:
        if change.effective is None:
            continue
        text = known.get(event_key(data, change)) if known else None
        events.append(text if text is not None else _event(data, change).to_ical())
    return head + b"".join(events) + _END


def event_key(data: SiteData, change: ChangeView) -> str:
    """What one calendar event is built from."""
    source = change.source
    return digest(generator_key(), "event", data.url, source.id, source.name, change.digest)


def calendar_events(ics: bytes) -> list[bytes]:
    """The serialized events of a calendar `icalendar` wrote, in order."""
    starts = [m.start() for m in _VEVENT.finditer(ics)]
    ends = [*starts[1:], len(ics) - len(_END)] if ics.endswith(_END) else []
    return [ics[a:b] for a, b in zip(starts, ends, strict=False)]


def _event(data: SiteData, change: ChangeView) -> Event:
    assert change.effective is not None
    event = Event()
    event.add("uid", entry_id(data, change).removeprefix("urn:uuid:") + "@policy-tracker")
    event.add("dtstamp", change.detected_at.astimezone(dt.UTC))
    event.add("dtstart", change.effective.date)
    event.add("dtend", change.effective.date + dt.timedelta(days=1))
    event.add("summary", clean(f"{change.source.name}: {change.title} takes effect"))
    event.add("description", clean(change.effective.text) or _content(change))
    page = link(data, change.page, "effective-dates.ics")
    if data.url:
        event.add("url", page)
    event.add("categories", [change.kind])
    event.add("transp", "TRANSPARENT")
    return event
