"""The noise corpus (issue 4): zero false alarms, and each real edit is exactly one change.

Every request renders the seed with new furniture (tests/pages.py) and new typography,
numbering, case and spacing (tests/noise.py).  The pipeline runs for real over loopback.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

import pytest

from tests.noise import perturb
from tests.pages import render_page, seed_blocks
from tests.server import Hit, LoopbackServer, Reply
from tracker.config import parse_config
from tracker.normalize import canonical
from tracker.pipeline import check
from tracker.store import Store

SEEDS = [
    "aup-summary-of-changes-2016",
    "voice-services-policy-unification-2022",
    "calls-not-allowed",
    "sms-not-allowed",
    "terms-update-notice-2025-02-25",
]
STYLES = ["article", "div-soup", "helpcenter"]


class NoisySource:
    def __init__(self, server: LoopbackServer, name: str, style: str, seed: int) -> None:
        self.name = name
        self.blocks = seed_blocks(name)
        self.rng = random.Random(seed)
        self.counter = itertools.count(seed * 1000)
        self.style = style
        self.path = f"/{name}-{style}"
        server.routes[self.path] = self.handle

    def handle(self, hit: Hit) -> Reply:
        page = perturb(self.blocks, self.rng)
        return Reply(
            200, render_page(page, title=self.name, variant=next(self.counter), style=self.style)
        )


def make_config(server: LoopbackServer, sources: list[NoisySource]):
    text = "[settings]\nconfirm_delay = 0\ntimeout = 5\n"
    for s in sources:
        text += (
            f'[[sources]]\nid = "{s.name}-{s.style}"\nname = "{s.name}"\n'
            f'url = "{server.url(s.path)}"\n'
        )
    return parse_config(text, None)


@pytest.mark.parametrize("style", STYLES)
def test_unchanged_policies_never_raise_an_alarm(server, tmp_path, style):
    sources = [NoisySource(server, name, style, i) for i, name in enumerate(SEEDS)]
    config = make_config(server, sources)
    store = Store(tmp_path / "t.db")
    first = check(config, store)
    assert not first.failed, [(r.source, r.message) for r in first.failed]
    for _ in range(6):
        report = check(config, store)
        assert not report.failed, [(r.source, r.message) for r in report.failed]
        assert report.changes == [], [c.summary for c in report.changes]
    assert store.count_versions() == len(SEEDS)


def _long_paragraph(blocks, at_least=120) -> int:
    return next(i for i, (k, t) in enumerate(blocks) if k == "paragraph" and len(t) > at_least)


def add_clause(blocks):
    text = (
        "You must not use Twilio services to place calls to emergency numbers for "
        "testing purposes, effective on June 1, 2026."
    )
    blocks.insert(len(blocks) // 2, ("paragraph", text))
    return {"added": [text], "effective_date": "2026-06-01"}


def remove_clause(blocks):
    i = _long_paragraph(blocks)
    _, text = blocks.pop(i)
    return {"removed": [text]}


def reword_clause(blocks):
    i = _long_paragraph(blocks)
    kind, text = blocks[i]
    words = text.split(" ")
    j = len(words) // 2
    words[j] = "substantially"
    new = " ".join(words)
    blocks[i] = (kind, new)
    return {"modified": [(text, new)]}


def move_clause(blocks):
    i = _long_paragraph(blocks)
    item = blocks.pop(i)
    blocks.append(item)
    return {"moved": [item[1]]}


def split_clause(blocks):
    i = next(
        i
        for i, (k, t) in enumerate(blocks)
        if k == "paragraph" and t.count(". ") >= 1 and len(t) > 150
    )
    kind, text = blocks[i]
    cut = text.index(". ") + 1
    blocks[i : i + 1] = [(kind, text[:cut]), (kind, text[cut:].strip())]
    return {"split": [text]}


EDITS: dict[str, Callable] = {
    "added": add_clause,
    "removed": remove_clause,
    "reworded": reword_clause,
    "moved": move_clause,
    "split": split_clause,
}


def _one_change(server, tmp_path, name, style, edit):
    source = NoisySource(server, name, style, 7)
    config = make_config(server, [source])
    store = Store(tmp_path / f"{name}-{edit.__name__}.db")
    assert not check(config, store).failed
    assert check(config, store).changes == []
    expected = edit(source.blocks)
    report = check(config, store)
    changes = report.changes
    for _ in range(3):  # and nothing more afterwards
        changes += check(config, store).changes
    return changes, expected


@pytest.mark.parametrize("edit", list(EDITS))
@pytest.mark.parametrize("name", SEEDS)
def test_each_real_edit_is_exactly_one_change(server, tmp_path, name, edit):
    changes, expected = _one_change(server, tmp_path, name, STYLES[hash(edit) % 3], EDITS[edit])
    assert len(changes) == 1, [c.summary for c in changes]
    diff = changes[0].diff
    if "added" in expected:
        assert [canonical(t) for t in diff.added] == [canonical(t) for t in expected["added"]]
        assert not diff.removed and not diff.modified
    if "removed" in expected:
        assert [canonical(t) for t in diff.removed] == [canonical(t) for t in expected["removed"]]
        assert not diff.added and not diff.modified
    if "modified" in expected:
        assert len(diff.modified) == 1 and not diff.added and not diff.removed
        before, after = expected["modified"][0]
        assert canonical(diff.modified[0].before) == canonical(before)
        assert canonical(diff.modified[0].after) == canonical(after)
        assert any(op.op == "insert" for op in diff.modified[0].ops)
    if "moved" in expected:
        assert [canonical(m.text) for m in diff.moved] == [canonical(expected["moved"][0])]
        assert not diff.added and not diff.removed
    if "split" in expected:
        assert len(diff.split) == 1 and not diff.added and not diff.removed
        assert canonical(diff.split[0].before) == canonical(expected["split"][0])
    if "effective_date" in expected:
        assert changes[0].effective is not None
        assert changes[0].effective.date.isoformat() == expected["effective_date"]


def test_a_number_changed_inside_a_clause(server, tmp_path):
    source = NoisySource(server, "sms-not-allowed", "helpcenter", 3)
    config = make_config(server, [source])
    store = Store(tmp_path / "t.db")
    i = next(i for i, (k, t) in enumerate(source.blocks) if "10DLC" in t)
    kind, text = source.blocks[i]
    source.blocks[i] = (kind, text + " Registration takes 5 business days.")
    check(config, store)
    source.blocks[i] = (kind, text + " Registration takes 15 business days.")
    report = check(config, store)
    assert len(report.changes) == 1
    [mod] = report.changes[0].diff.modified
    inserted = " ".join(op.text for op in mod.ops if op.op == "insert")
    deleted = " ".join(op.text for op in mod.ops if op.op == "delete")
    assert "15" in inserted and "5" in deleted


def test_a_new_changelog_entry_is_its_own_change_with_its_date(server, tmp_path):
    notice = seed_blocks("terms-update-notice-2025-02-25")
    entries = [
        ("heading", "January 10, 2025"),
        ("item", "Updated the Voice requirements for Germany: caller ID must be a German number."),
        ("heading", "November 4, 2024"),
        ("item", "Updated the SMS requirements for India: DLT registration is required."),
        ("heading", "September 2, 2024"),
        ("item", "Added Flex Fair Usage Policy limits for Flex Conversations."),
    ]
    source = NoisySource(server, "terms-update-notice-2025-02-25", "article", 5)
    source.blocks = [("heading", "Service and Country Specific Requirements change log")] + entries
    config = make_config(server, [source])
    store = Store(tmp_path / "t.db")
    check(config, store)
    new_entry = [("heading", "February 25, 2025")] + [b for b in notice if b[0] == "item"][:2]
    source.blocks[1:1] = new_entry
    report = check(config, store)
    assert len(report.changes) == 1, [c.summary for c in report.changes]
    change = report.changes[0]
    assert [canonical(t) for t in change.diff.added] == [canonical(t) for _, t in new_entry]
    assert change.effective is not None
    assert change.effective.date.isoformat() in ("2025-02-25", "2025-04-01")
