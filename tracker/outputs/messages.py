"""Notification messages, rendered from jinja2 templates (templates/notify/).

Page text is untrusted: the HTML e-mail is autoescaped, chat text escapes Slack's
control characters, plain text is plain.  Users override any template by putting a file
of the same name in `[notify] templates = "DIR"`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from tracker.config import Config
from tracker.models import Change, change_record, severity_rank
from tracker.outputs.whatchanged import change_for_you

_HERE = Path(__file__).resolve().parent.parent  # the tracker package
# A wheel ships the templates as tracker/templates/; an editable install leaves them in
# the checkout's top-level templates/.
_BUNDLED = [_HERE / "templates", _HERE.parent / "templates"]


@dataclass
class Message:
    subject: str
    body: str
    format: str  # "html" | "markdown" | "text"


def _chat_escape(value: object) -> str:
    """Slack/Mattermost: &, < and > are control characters and must be escaped."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def environment(templates: str | Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if templates:  # a user's folder: notify/<name> or <name> directly inside it
        loaders.append(jinja2.FileSystemLoader(str(templates)))
        loaders.append(jinja2.PrefixLoader({"notify": jinja2.FileSystemLoader(str(templates))}))
    loaders += [jinja2.FileSystemLoader(str(p)) for p in _BUNDLED if (p / "notify").is_dir()]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html", "htm", "xml"]),
        trim_blocks=False,
        keep_trailing_newline=False,
    )
    env.filters["chat"] = _chat_escape
    return env


def message_context(changes: Sequence[Change], config: Config) -> list[dict]:
    names = {s.id: s for s in config.sources}
    site = (config.site.get("url") or "").rstrip("/")
    out = []
    for change in changes:
        record = change_record(change)
        source = names.get(change.source)
        record["source_name"] = source.name if source else change.source
        record["source_url"] = source.url if source else None
        record["url"] = f"{site}/changes/{change.id}.html" if site and change.id else None
        record["detected_at"] = change.detected_at.strftime("%Y-%m-%d %H:%M UTC")
        # "What changed for you": facts grouped by type, countries by name; None for a
        # change stored before facts existed.  `headline` leads the subject.
        record["for_you"] = change_for_you(change)
        record["headline"] = record["for_you"].headline if record["for_you"] else ""
        out.append(record)
    return out


def _most_important(records: list[dict]) -> dict | None:
    """The change whose headline leads a digest's subject: the most severe with a fact."""
    led = [r for r in records if r["headline"]]
    return min(led, key=lambda r: severity_rank(r["severity"])) if led else None


def render(changes: Sequence[Change], config: Config, style: str) -> Message:
    """style: "email" (HTML), "chat" (Slack-flavoured markdown) or "text"."""
    env = environment(config.notify.get("templates"))
    records = message_context(changes, config)
    context = {"changes": records, "top": _most_important(records)}
    subject = env.get_template("notify/subject.txt").render(**context).strip()
    subject = " ".join(subject.split())[:250]
    if style == "email":
        body = env.get_template("notify/email.html").render(subject=subject, **context)
        return Message(subject, body, "html")
    if style == "chat":
        return Message(subject, env.get_template("notify/chat.md").render(**context).strip(),
                       "markdown")
    return Message(subject, env.get_template("notify/text.txt").render(**context).strip(),
                   "text")
