"""Semantic clause diff and canonical text, on real seed clauses."""

from __future__ import annotations

import pytest

from tests.pages import seed_blocks
from tracker.diff import diff_blocks, diff_to_json, render_redline, summarize, word_ops
from tracker.models import Block
from tracker.normalize import canonical, clean, strip_numbering

AUP = [Block("item" if k == "item" else "paragraph", t)
       for k, t in seed_blocks("aup-summary-of-changes-2016") if k != "heading"]


def numbered(texts: list[str]) -> list[Block]:
    return [Block("item", f"{i}. {t}") for i, t in enumerate(texts, 1)]


@pytest.mark.parametrize(("a", "b"), [
    ("Twilio’s “AUP” — effective now", "Twilio's \"AUP\" - effective now"),
    ("non\u00a0break\u200bing space", "non breaking space"),
    ("soft\u00adhyphen", "softhyphen"),
    ("ﬁle a complaint", "file a complaint"),
    ("WHAT WE HAVE NOT CHANGED", "What we have NOT changed"),
    ("What we HAVE changed:", "What we HAVE changed"),
    ("3. You may not spam.", "4) You may not spam"),
    ("(b) You may not spam", "• You may not spam"),
    ("Section 4. Term", "Term"),
    ("iv. Consent rules", "Consent rules"),
])
def test_noise_has_the_same_canonical_text(a, b):
    assert canonical(a) == canonical(b)


@pytest.mark.parametrize(("a", "b"), [
    ("within 30 days", "within 60 days"),
    ("$1,000 fee", "$1.000 fee"),
    ("effective 2025-04-01", "effective 2025-04-02"),
    ("You may not spam", "You may spam"),
    ("10% of calls", "10 of calls"),
])
def test_meaningful_differences_survive(a, b):
    assert canonical(a) != canonical(b)


@pytest.mark.parametrize("text", ["I understand the rules", "A customer may", "U.S. law applies",
                                  "Twilio may suspend"])
def test_real_first_words_are_not_numbering(text):
    assert strip_numbering(text) == ("", text)


def test_clean_keeps_what_people_read():
    assert clean("  Twilio’s\u00a0 AUP\u200b \n") == "Twilio’s AUP"


def test_inserting_into_a_numbered_list_is_one_added_clause():
    texts = [b.text for b in AUP if len(b.text) > 30][:8]
    old = numbered(texts)
    new = numbered(texts[:3] + ["You may not use our services to sell counterfeit goods."]
                   + texts[3:])
    diff = diff_blocks(old, new)
    assert diff.added == ["4. You may not use our services to sell counterfeit goods."]
    assert not (diff.removed or diff.modified or diff.moved)


def test_removed_reworded_and_number_changed():
    old = AUP[:10]
    new = list(old)
    gone = new.pop(2)
    target = next(i for i, b in enumerate(new) if "services" in b.text and len(b.text) > 80)
    new[target] = Block(new[target].kind, new[target].text.replace("services", "platform", 1))
    diff = diff_blocks(old, new)
    assert diff.removed == [gone.text]
    [mod] = diff.modified
    assert mod.before == old[old.index(next(b for b in old if b.text == mod.before))].text
    assert [(o.op, o.text) for o in mod.ops if o.op != "equal"] == [
        ("delete", "services"), ("insert", "platform")]
    assert summarize(diff) == "1 clause removed, 1 reworded"


def test_moved_clause_is_not_an_add_and_remove():
    old = AUP[:8]
    new = old[1:5] + [old[0]] + old[5:]
    diff = diff_blocks(old, new)
    assert len(diff.moved) == 1 and not diff.added and not diff.removed
    assert summarize(diff) == "1 clause moved"


def test_split_and_merge():
    a, b = "We may suspend your account.", "We will notify you first."
    diff = diff_blocks([Block("paragraph", f"{a} {b}")], [Block("paragraph", a),
                                                           Block("paragraph", b)])
    assert [s.after for s in diff.split] == [[a, b]] and not diff.added
    diff = diff_blocks([Block("paragraph", a), Block("paragraph", b)],
                       [Block("paragraph", f"{a} {b}")])
    assert [m.before for m in diff.merged] == [[a, b]] and not diff.removed


def test_duplicates_are_counted():
    note = Block("paragraph", "Note: these guidelines are not exhaustive.")
    old = [note, AUP[0], note]
    new = [note, AUP[0]]
    diff = diff_blocks(old, new)
    assert diff.removed == [note.text] and not diff.added


def test_typography_only_page_is_an_empty_diff():
    old = [Block("paragraph", "Twilio’s “Acceptable Use Policy” — effective now.")]
    new = [Block("paragraph", 'TWILIO\'S "Acceptable Use Policy" - effective now')]
    assert diff_blocks(old, new).empty


def test_word_ops_round_trip_and_redline():
    before = "This policy will go into effect on May 4, 2022."
    after = "This policy will go into effect on June 1, 2022, for all accounts."
    ops = word_ops(before, after)
    assert "".join(o.text for o in ops if o.op != "insert") == before
    assert "".join(o.text for o in ops if o.op != "delete") == after
    diff = diff_blocks([Block("paragraph", before)], [Block("paragraph", after)])
    plain = render_redline(diff, color=False)
    assert "[-May 4-]{+June 1+}" in plain
    assert "\033[" in render_redline(diff, color=True)
    data = diff_to_json(diff)
    assert data["modified"][0]["ops"][1] == {"op": "delete", "text": "May 4"}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Last revised: 3 June 2019", "Last revised: 12 January 2026"),
        ("Version 2.3", "Version 2.4"),
        ("Stand: 04.11.2023", "Stand: 01.07.2025"),
        ("Updated 2024-05-01", "Updated 2026-01-12"),
    ],
)
def test_short_block_moving_only_its_date_or_number_is_one_modification(before, after):
    """A re-dated line in the same edit as a reworded clause: two modifications, nothing
    added or removed (word similarity alone is too low on such short lines)."""
    clause = "You must not use the Services to send unsolicited messages to any person."
    reworded = "You must never use the Services to send unsolicited bulk messages to anyone."
    old = [Block("heading", "Terms of Service"), Block("paragraph", before),
           Block("paragraph", clause), Block("paragraph", "Contact us with any questions.")]
    new = [Block("heading", "Terms of Service"), Block("paragraph", after),
           Block("paragraph", reworded), Block("paragraph", "Contact us with any questions.")]
    diff = diff_blocks(old, new)
    assert diff.added == [] and diff.removed == []
    assert sorted((m.before, m.after) for m in diff.modified) == sorted(
        [(before, after), (clause, reworded)]
    )
