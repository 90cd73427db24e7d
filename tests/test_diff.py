"""Semantic clause diff and canonical text, on real seed clauses."""

from __future__ import annotations

import random
import re
import unicodedata
from difflib import SequenceMatcher

import pytest

from tests.date_corpus import CORPUS
from tests.pages import seed_blocks, seed_names
from tracker.compare import diff
from tracker.compare import words as word_diff
from tracker.compare.dates import find_dates
from tracker.compare.diff import diff_blocks, diff_to_json, render_redline, summarize, word_ops
from tracker.extract import normalize
from tracker.extract.normalize import canonical, clean, strip_numbering
from tracker.models import Block

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


# ---------------------------------------------------------------- the fast paths
# Long documents are diffed through faster routes (byte tables for ASCII text, batches,
# canonical classes, runs of unique keys, a date-free filter); each must give exactly
# what the plain definition gives.

_KEEP = re.compile(r"(?<=\d)[.,:/-](?=\d)")
_PARK = {".": "\ue000", ",": "\ue001", ":": "\ue002", "/": "\ue003", "-": "\ue004"}
_DROP = re.compile(r"[^\w\s%$€£@\ue000-\ue004]+")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def canonical_by_definition(text: str) -> str:
    """canonical(), step by step with regular expressions, as first written."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_INVISIBLE)).strip()
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(normalize._TYPO)
    _, text = strip_numbering(text)
    text = _KEEP.sub(lambda m: _PARK[m.group()], text.casefold())
    text = _DROP.sub(" ", text).translate({ord(v): k for k, v in _PARK.items()})
    return _SPACES.sub(" ", text).strip()


def _texts() -> list[str]:
    """Real clauses and dates, renumbered, retyped, and random strings of the characters
    that each step of canonical() treats specially."""
    texts = [t for name in seed_names() for _, t in seed_blocks(name)]
    texts += [case.text for case in CORPUS]
    texts += [f"{n}. {t}" for n, t in enumerate(texts[:200], 3)]
    texts += [t.upper().replace("'", "\u2019") for t in texts[:200]]
    pieces = ["IV. ", "Section 3 ", "(b) ", "Clause 2: ", "1.2 ", "a. ", "• ", "– ", "‐ ",
              "1,000", "3.5", "10:30", "2025-04-01", "½", "²", "１", "ﬁ", "é", "e\u0301", "ß",
              "K", "\u212a", "ſ", "\u200b", "\u00ad", "\u00a0", "\u3000", "\u2028", "\x85",
              "\x1c", "\t", "\n", "\x00", "\x7f", "\ue000", "’", "“", "”", "…", "″", "´", "`",
              "%", "$", "€", "@", "_", "(", ")", ".", ",", ":", "/", "-", " ", "a", "Z", "7",
              "datemark", "June", "of"]
    rng = random.Random(15)
    texts += ["".join(rng.choices(pieces, k=rng.randint(0, 12))) for _ in range(20000)]
    return texts


def test_canonical_and_its_batches_are_the_definition():
    texts = _texts()
    want = [canonical_by_definition(t) for t in texts]
    assert [normalize._canonical(t) for t in texts] == want
    without_nul = [(t, w) for t, w in zip(texts, want, strict=True) if "\x00" not in t]
    for size in (1, 7, 500, len(texts)):
        normalize.forget()
        got = [k for at in range(0, len(texts), size)
               for k in normalize.canonical_many(texts[at : at + size])]
        assert got == want, size
        batch = [t for t, _ in without_nul][:size]
        assert normalize._canonical_batch(batch) == [w for _, w in without_nul][:size]


def test_plain_characters_fold_alike_in_any_context():
    """_PLAIN's characters are skipped past Unicode normalisation: each must become what
    NFKC and the typography table make of it, whatever stands next to it."""
    chars = [chr(c) for c in range(128)] + list(normalize._PLAIN)
    for char, plain in normalize._PLAIN.items():
        folded = unicodedata.normalize("NFKC", char).translate(normalize._TYPO)
        assert plain == (" " if char.isspace() else folded)
    for form in ("NFC", "NFKC"):
        assert all(unicodedata.normalize(form, a + b)
                   == unicodedata.normalize(form, a) + unicodedata.normalize(form, b)
                   for a in chars for b in chars)


def test_canonical_classes_are_equal_exactly_when_canonical_texts_are():
    texts = _texts()
    rng = random.Random(3)
    for _ in range(20):
        sample = rng.sample(texts, 3000)
        normalize.forget()
        pairs = set(zip(normalize.canonical_classes(sample), map(canonical_by_definition, sample),
                        strict=True))
        assert len({c for c, _ in pairs}) == len({k for _, k in pairs}) == len(pairs)


def test_a_lone_surrogate_is_diffed_as_canonical_reads_it():
    old = [Block("paragraph", "Fees \ud800 apply."), Block("paragraph", "Same.")]
    new = [Block("paragraph", "Fees \ud800 apply to all."), Block("paragraph", "Same.")]
    lone, plain, other = normalize.canonical_classes(["a\ud800 b", "a b", "a c"])
    assert lone == plain != other  # canonical("a\ud800 b") == "a b"
    diff = diff_blocks(old, new)
    assert [(m.before, m.after) for m in diff.modified] == [(old[0].text, new[0].text)]


def test_ascii_tokens_are_the_unicode_ones():
    """word_ops splits ASCII text by character ranges: the tokens that \\w and \\s give."""
    rng = random.Random(9)
    chars = [chr(c) for c in range(128)]
    texts = ["".join(rng.choices(chars, k=rng.randint(0, 40))) for _ in range(3000)]
    texts += [t for name in seed_names() for _, t in seed_blocks(name) if t.isascii()]
    for text in texts:
        assert word_diff._ASCII_TOKEN.findall(text) == word_diff._TOKEN.findall(text)


def test_alignment_is_difflibs():
    rng = random.Random(5)
    for _ in range(3000):
        a = [f"k{x}" for x in rng.sample(range(300), rng.randint(0, 80))]
        b = list(a)
        for _ in range(rng.randint(0, 15)):
            spot = rng.randint(0, len(b))
            choice = rng.random()
            if choice < 0.3 and b:
                del b[min(spot, len(b) - 1)]
            elif choice < 0.6:
                b.insert(spot, f"n{rng.randrange(10**6)}")
            elif b:
                b.insert(spot, b.pop(rng.randrange(len(b))))
        if rng.random() < 0.1 and a:
            b.append(a[0])  # a repeated key: difflib itself
        want = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        assert diff._opcodes(a, b) == want


def test_every_word_of_a_date_is_near_a_number():
    """_shape_candidates reads no dates on the strength of this (DATE_REACH)."""
    for case in CORPUS:
        for mention in find_dates(case.text):
            words = word_diff._words(mention.raw)
            marks = [k for k, w in enumerate(words) if not w.isalpha()]
            assert marks, mention
            assert all(min(abs(k - m) for m in marks) <= diff.DATE_REACH
                       for k, w in enumerate(words)), (mention.raw, words)


_TAIL = "the terms changed for everyone"


@pytest.mark.parametrize(("before", "after"), [
    ("Section 3 June 2019: these terms apply", "Section 2019-06-04: these terms apply"),
    (f"x\u200bJune of 2019 {_TAIL}", f"x June of 2020 {_TAIL}"),
    (f"Updated2019-06-03 {_TAIL}", f"Updated 2020-01-12 {_TAIL}"),
    (f"a.June of 2019 {_TAIL}", f"a. July of 2020 {_TAIL}"),
    ("The datemark rule applies from 1 May 2020", "The 3 June 2021 rule applies from 1 May 2020"),
    ("Last revised: 3 June 2019", "Last revised: 12 January 2026"),
    ("Stand: 04.11.2023 — gültig ab 1. Januar 2024", "Stand: 01.07.2025 — gültig ab 1. Juli 2025"),
])
def test_clauses_with_the_same_shape_are_never_filtered_out(before, after):
    """Equal `blanked` keys, whatever the date formats and glue: both are candidates."""
    assert diff.blanked(before) == diff.blanked(after) != ""
    old, new = [Block("paragraph", before)], [Block("paragraph", after)]
    found = diff._shape_candidates(old, new, {0}, {0}, diff._Words(), set())
    assert found == ({0}, {0})


def test_same_shape_pairs_across_gaps_and_beside_alike_pairs():
    """A re-dated line pairs with its line even when it moved; a reworded clause alone in
    its gap is paired once, with the same entry either way."""
    clauses = [Block("item", b.text) for b in AUP if len(b.text) > 60][:6]
    old = [Block("paragraph", "Last updated: 3 June 2019"), *clauses]
    new = [*clauses[:3], Block("paragraph", "Last updated: 1 May 2026"), *clauses[3:]]
    new[1] = Block("item", new[1].text.replace(" ", " materially ", 1))
    found = diff_blocks(old, new)
    assert not (found.added or found.removed)
    assert sorted(m.after for m in found.modified) == sorted([new[1].text, new[3].text])
