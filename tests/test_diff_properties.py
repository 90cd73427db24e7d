"""Precise diffs: every entry of a change is true of the two texts, and every edit shows.

Ground truth is the policy text fed into the page (the (kind, text) blocks given to
`tests.pages.render_page`), never the extraction.  For every seed, edits are generated
from it (insert, delete or move a clause, reword a word, change a number, re-date a
"Last revised" line while rewording another clause, bump a "Version 2.3" line, add links
to or remove links from an FAQ or related-policies list inside the policy text); both
versions are rendered as full pages with different furniture, extracted without and
with `select`, diffed by `tracker.compare.diff.diff_blocks` and by
`tracker.compare.detect.build_changes`,
and every entry is checked against the truth by canonical key:

- removed: fewer times in the new text than in the old (never "removed" while still there);
- added: more times in the new text than in the old;
- modified: `before` fewer times in the new text, `after` more times;
- moved: in both texts;
- split / merged: the whole and the parts likewise (the side that went, fewer; the side
  that came, more);
- fully reported: per canonical key, the entries account for exactly the change in count
  between the two texts (every clause really added or removed is in some entry);
- a short block that differs only in a date, a number or a version ("Last revised: 3 June
  2019" -> "Last revised: 12 January 2026", "Version 2.3" -> "Version 2.4") is ONE
  modified entry, not an added plus a removed one (so is a one-word rewording of a clause
  of eight words or more).

Generation is seeded random (no hypothesis): the same cases on every run.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

from tests.pages import (
    FAQ_QUESTIONS,
    RELATED_POLICIES,
    STYLES,
    expected_blocks,
    render_page,
    seed_blocks,
    seed_names,
)
from tracker.compare.detect import build_changes
from tracker.compare.diff import diff_blocks, summarize
from tracker.extract.html import extract_blocks
from tracker.extract.normalize import canonical
from tracker.models import Block, BlockDiff, Source

Truth = list[tuple[str, str]]

SEEDS = seed_names()
# The policy container of each page style, as a user would write it in `select`.
SELECT = {"article": "article", "div-soup": ".inner", "helpcenter": "article"}
MODES = ("auto", "select")
DRAWS = 2  # random edits per (seed, edit, style); the first is also run with `select`
WHEN = dt.datetime(2026, 1, 12, 9, 0, tzinfo=dt.UTC)

NEW_CLAUSES = (
    "You may not use the services to send messages that promote cannabis, CBD or other "
    "controlled substances, even where they are legal.",
    "Twilio may require you to register your business and your use case before you send "
    "messages to recipients in certain countries.",
    "You are responsible for obtaining and documenting consent from every recipient before "
    "you send them a marketing message.",
    "Calls placed with an unverified caller ID may be blocked or labelled as spam by the "
    "terminating carrier.",
    "We will notify you by email at least 30 days before a change to this policy takes effect.",
    "Repeated violations of this policy may result in the permanent termination of your account.",
    "You must honour opt-out requests, such as a reply of STOP, within 24 hours.",
    "Twilio may share information about suspected fraud with carriers and law enforcement.",
)
WORDS = ("promptly", "reasonable", "written", "material", "applicable", "prior", "express")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


# ---------------------------------------------------------------- edits of the truth


@dataclass(frozen=True)
class Case:
    """Two versions of the policy text and what the edit was."""

    what: str
    old: tuple[tuple[str, str], ...]
    new: tuple[tuple[str, str], ...]
    # (before, after) pairs that must be reported as exactly one modified entry each
    one_modified: tuple[tuple[str, str], ...] = ()


def _fresh(blocks: Truth, text: str) -> bool:
    """Whether `text` is a clause the blocks do not hold yet (by canonical key)."""
    return canonical(text) not in {canonical(t) for _, t in blocks}


def _insert(rng: random.Random, blocks: Truth) -> Case:
    text = rng.choice([c for c in NEW_CLAUSES if _fresh(blocks, c)])
    at = rng.randrange(len(blocks) + 1)
    kind = "item" if at and blocks[at - 1][0] == "item" and rng.random() < 0.5 else "paragraph"
    new = blocks[:at] + [(kind, text)] + blocks[at:]
    return Case(f"insert {kind} {text!r} at {at}", tuple(blocks), tuple(new))


def _delete(rng: random.Random, blocks: Truth) -> Case:
    at = rng.randrange(len(blocks))
    new = blocks[:at] + blocks[at + 1 :]
    return Case(f"delete {blocks[at]!r} at {at}", tuple(blocks), tuple(new))


def _reorder(rng: random.Random, blocks: Truth) -> Case:
    while True:
        at, to = rng.randrange(len(blocks)), rng.randrange(len(blocks))
        new = list(blocks)
        new.insert(to, new.pop(at))
        if [canonical(t) for _, t in new] != [canonical(t) for _, t in blocks]:
            return Case(f"move {blocks[at]!r} from {at} to {to}", tuple(blocks), tuple(new))


def _reword_text(rng: random.Random, text: str) -> tuple[str, str]:
    """One word of `text` replaced, inserted or deleted: (new text, description)."""
    words = text.split()
    spots = [i for i, w in enumerate(words) if re.search(r"\w", w)]
    while True:
        op, i, word = (
            rng.choice(("replace", "insert", "delete")),
            rng.choice(spots),
            rng.choice(WORDS),
        )
        edited = list(words)
        if op == "replace":
            edited[i], how = word, f"replace word {i} {words[i]!r} by {word!r}"
        elif op == "insert":
            edited.insert(i, word)
            how = f"insert {word!r} before word {i} {words[i]!r}"
        else:
            del edited[i]
            how = f"delete word {i} {words[i]!r}"
        new = " ".join(edited)
        if canonical(new) != canonical(text):
            return new, how


def _reword(rng: random.Random, blocks: Truth) -> Case:
    while True:
        at = rng.choice([i for i, (_, t) in enumerate(blocks) if len(t.split()) >= 4])
        kind, text = blocks[at]
        new_text, how = _reword_text(rng, text)
        if _fresh(blocks, new_text):
            break
    new = list(blocks)
    new[at] = (kind, new_text)
    pairs = ((text, new_text),) if len(text.split()) >= 8 else ()
    return Case(f"reword {text!r}: {how}", tuple(blocks), tuple(new), pairs)


_NUMBER = re.compile(r"(?<![\w.,$/-])\d+(?![\w%]|[.,/]\d)")


def _number(rng: random.Random, blocks: Truth) -> Case:
    candidates = [i for i, (_, t) in enumerate(blocks) if _NUMBER.search(t)]
    while True:
        at = rng.choice(candidates)
        kind, text = blocks[at]
        found = rng.choice(list(_NUMBER.finditer(text)))
        n = int(found.group())
        bumped = n + rng.randint(1, 9) if 1900 <= n <= 2100 else n + rng.randint(1, 40)
        new_text = text[: found.start()] + str(bumped) + text[found.end() :]
        if _fresh(blocks, new_text):
            break
    new = list(blocks)
    new[at] = (kind, new_text)
    return Case(
        f"number {found.group()} -> {bumped} in {text!r}",
        tuple(blocks),
        tuple(new),
        ((text, new_text),),
    )


_DATE_LINES: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"Last revised: {d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"Last updated: {MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"Effective date: {d.isoformat()}",
    lambda d: f"Last modified on {d.day} {MONTHS[d.month - 1]} {d.year}",
)


def _redate(rng: random.Random, blocks: Truth) -> Case:
    """Re-date a "Last revised" line near the top and reword another (long) clause."""
    line = rng.choice(_DATE_LINES)
    before = line(dt.date(2019, 6, 3))
    while True:
        after = line(dt.date(2019, 6, 4) + dt.timedelta(days=rng.randrange(6 * 365)))
        if canonical(after) != canonical(before):
            break
    old = blocks[:1] + [("paragraph", before)] + blocks[1:]
    new = blocks[:1] + [("paragraph", after)] + blocks[1:]
    while True:
        at = rng.choice([i for i, (_, t) in enumerate(old) if len(t.split()) >= 8])
        kind, text = old[at]
        new_text, how = _reword_text(rng, text)
        if _fresh(old, new_text):
            break
    new[at] = (kind, new_text)
    return Case(
        f"re-date {before!r} -> {after!r}; reword {text!r}: {how}",
        tuple(old),
        tuple(new),
        ((before, after), (text, new_text)),
    )


def _version(rng: random.Random, blocks: Truth) -> Case:
    """Bump a "Version 2.3" line near the top, nothing else."""
    major, minor = rng.randint(1, 5), rng.randint(0, 9)
    bumped = rng.choice(((major, minor + 1), (major + 1, 0)))
    label = rng.choice(("Version", "Policy version", "Document version:"))
    before = f"{label} {major}.{minor}"
    after = f"{label} {bumped[0]}.{bumped[1]}"
    old = blocks[:1] + [("paragraph", before)] + blocks[1:]
    new = blocks[:1] + [("paragraph", after)] + blocks[1:]
    return Case(f"version {before!r} -> {after!r}", tuple(old), tuple(new), ((before, after),))


def _link_list(rng: random.Random, blocks: Truth) -> tuple[Truth, int, list[str], list[str]]:
    """The blocks with an FAQ or related-policies list of 5-9 links inside the policy text:
    (blocks, index of the first link, the links, unused links of the same kind)."""
    heading, pool = rng.choice(
        (("Frequently asked questions", FAQ_QUESTIONS), ("Related policies", RELATED_POLICIES))
    )
    picks = rng.sample(pool, 14)
    n = rng.randint(5, 9)
    spots = [len(blocks)] + [i for i, (k, _) in enumerate(blocks) if k == "heading" and i > 0]
    at = rng.choice(spots)
    links = picks[:n]
    with_list = blocks[:at] + [("heading", heading)] + [("link", t) for t in links] + blocks[at:]
    return with_list, at + 1, links, picks[n:]


def _links_added(rng: random.Random, blocks: Truth) -> Case:
    old, first, links, spare = _link_list(rng, blocks)
    k = rng.randint(1, 5)
    edited = list(links)
    for text in spare[:k]:
        edited.insert(rng.randint(0, len(edited)), text)
    new = old[:first] + [("link", t) for t in edited] + old[first + len(links) :]
    return Case(
        f"{len(links)} links + {k} = {len(edited)}: add {spare[:k]}", tuple(old), tuple(new)
    )


def _links_removed(rng: random.Random, blocks: Truth) -> Case:
    old, first, links, _ = _link_list(rng, blocks)
    k = rng.randint(1, min(5, len(links) - 1))
    gone = rng.sample(links, k)
    edited = [t for t in links if t not in gone]
    new = old[:first] + [("link", t) for t in edited] + old[first + len(links) :]
    return Case(f"{len(links)} links - {k} = {len(edited)}: remove {gone}", tuple(old), tuple(new))


def _mixed(rng: random.Random, blocks: Truth) -> Case:
    """Two or three of the clause edits at once, as real revisions often are."""
    steps = rng.sample(("insert", "delete", "reorder", "reword", "number"), rng.randint(2, 3))
    current, whats, pairs = list(blocks), [], []
    for step in steps:
        case = EDITS[step](rng, current)
        current = list(case.new)
        whats.append(case.what)
        for before, after in case.one_modified:  # a clause edited twice: one pair, end to end
            earlier = [p for p in pairs if canonical(p[1]) == canonical(before)]
            pairs = [p for p in pairs if p not in earlier]
            pairs.append((earlier[0][0] if earlier else before, after))
    was, now = _counts(blocks), _counts(current)
    pairs = [
        (b, a)
        for b, a in pairs
        if (was[canonical(b)], now[canonical(b)], was[canonical(a)], now[canonical(a)])
        == (1, 0, 0, 1)
    ]
    return Case("; ".join(whats), tuple(blocks), tuple(current), tuple(pairs))


EDITS: dict[str, Callable[[random.Random, Truth], Case]] = {
    "insert": _insert,
    "delete": _delete,
    "reorder": _reorder,
    "reword": _reword,
    "number": _number,
    "redate": _redate,
    "version": _version,
    "links-added": _links_added,
    "links-removed": _links_removed,
    "mixed": _mixed,
}


# ---------------------------------------------------------------- the properties


def _counts(blocks: Sequence[tuple[str, str]]) -> Counter[str]:
    return Counter(canonical(t) for _, t in blocks)


def _as_blocks(truth: Truth) -> list[Block]:
    """The truth as an ideal extractor gives it (subitems and links are items)."""
    kinds = {"heading": "heading", "paragraph": "paragraph", "row": "row"}
    return [Block(kinds.get(k, "item"), t) for k, t in truth]  # type: ignore[arg-type]


def diff_problems(diffs: Sequence[BlockDiff], old: Truth, new: Truth) -> list[str]:
    """Every way the entries of `diffs` are untrue of, or incomplete about, old -> new."""
    was, now = _counts(old), _counts(new)
    shown = {canonical(t): t for _, t in [*old, *new]}
    accounted: Counter[str] = Counter()
    problems: list[str] = []
    untrue: set[str] = set()  # keys of entries already shown untrue

    def went(text: str, entry: str) -> None:
        key = canonical(text)
        accounted[key] -= 1
        if not now[key] < was[key]:
            untrue.add(key)
            problems.append(f"{entry} {text!r}: {was[key]}x in the old text, {now[key]}x in new")

    def came(text: str, entry: str) -> None:
        key = canonical(text)
        accounted[key] += 1
        if not now[key] > was[key]:
            untrue.add(key)
            problems.append(f"{entry} {text!r}: {was[key]}x in the old text, {now[key]}x in new")

    for diff in diffs:
        for text in diff.removed:
            went(text, "removed")
        for text in diff.added:
            came(text, "added")
        for mod in diff.modified:
            went(mod.before, "modified, before:")
            came(mod.after, "modified, after:")
        for moved in diff.moved:
            key = canonical(moved.text)
            if not (was[key] and now[key]):
                problems.append(
                    f"moved {moved.text!r}: {was[key]}x in the old text, {now[key]}x in new"
                )
        for split in diff.split:
            went(split.before, "split, whole:")
            for part in split.after:
                came(part, "split, part:")
        for merged in diff.merged:
            for part in merged.before:
                went(part, "merged, part:")
            came(merged.after, "merged, whole:")
    for key in sorted(set(was) | set(now) | set(accounted)):
        net = now[key] - was[key]
        if accounted[key] != net and key not in untrue:
            problems.append(
                f"not reported right: {shown.get(key, key)!r} is {was[key]}x -> {now[key]}x, "
                f"the change accounts for {accounted[key]:+d}"
            )
    return problems


def one_modified_problems(
    diffs: Sequence[BlockDiff], pairs: Sequence[tuple[str, str]]
) -> list[str]:
    """Each (before, after) pair must be exactly one modified entry, and neither side
    reported as added or removed."""
    problems = []
    for before, after in pairs:
        kb, ka = canonical(before), canonical(after)
        hits = sum(
            1
            for d in diffs
            for m in d.modified
            if canonical(m.before) == kb and canonical(m.after) == ka
        )
        loose = [f"-{t!r}" for d in diffs for t in d.removed if canonical(t) == kb]
        loose += [f"+{t!r}" for d in diffs for t in d.added if canonical(t) == ka]
        if hits != 1 or loose:
            problems.append(
                f"{before!r} -> {after!r} must be ONE modified entry; got {hits} modified"
                + (f", and {' '.join(loose)}" if loose else "")
            )
    return problems


def _extraction_drift(truth: Truth, got: list[Block]) -> str:
    """What the extraction lost or invented against the truth (a diagnosis, not a check)."""
    want, have = _counts(truth), Counter(canonical(b.text) for b in got)
    lost = [t for _, t in truth if (want - have)[canonical(t)]]
    extra = [b.text for b in got if (have - want)[canonical(b.text)]]
    if not (lost or extra):
        return "extraction exact"
    return f"extraction lost {lost[:6]}{'...' if len(lost) > 6 else ''}; invented {extra[:6]}"


def _describe(diff: BlockDiff) -> str:
    return (
        f"{summarize(diff) or 'empty'}: added={diff.added} removed={diff.removed} "
        f"modified={[(m.before, m.after) for m in diff.modified]} "
        f"split={[(s.before, s.after) for s in diff.split]} "
        f"merged={[(m.before, m.after) for m in diff.merged]}"
    )


def _changes(old: list[Block], new: list[Block], select: Sequence[str]) -> list[BlockDiff]:
    source = Source("policy", "Policy", "https://example.com/legal/policy", select=tuple(select))
    changes = build_changes(
        source, old, new, volatile=set(), detected_at=WHEN, from_version=1, to_version=2
    )
    return [c.diff for c in changes]


# ---------------------------------------------------------------- the property test


def _case_ids() -> list[tuple[str, str, str, int, str]]:
    return [
        (seed, edit, style, draw, mode)
        for seed in SEEDS
        for edit in EDITS
        for style in STYLES
        for draw in range(DRAWS)
        for mode in MODES
        if mode == "auto" or draw == 0  # select parses with BeautifulSoup too: slower
    ]


def _case(seed: str, edit: str, style: str, draw: int) -> Case:
    return EDITS[edit](random.Random(f"{seed}/{edit}/{style}/{draw}"), seed_blocks(seed))


@functools.lru_cache(maxsize=4)
def _pages(seed: str, edit: str, style: str, draw: int) -> tuple[Case, str, str]:
    """The case and both versions' pages (cached: the auto and select runs share them)."""
    case = _case(seed, edit, style, draw)
    variant = zlib.crc32(f"{seed}/{edit}/{style}/{draw}".encode())
    old_html = render_page(list(case.old), title=seed, style=style, variant=variant)
    new_html = render_page(list(case.new), title=seed, style=style, variant=variant + 1)
    return case, old_html, new_html


@pytest.mark.parametrize(
    ("seed", "edit", "style", "draw", "mode"),
    _case_ids(),
    ids=[f"{s}-{e}-{st}-d{d}-{m}" for s, e, st, d, m in _case_ids()],
)
def test_every_entry_is_true_of_the_two_texts(
    seed: str, edit: str, style: str, draw: int, mode: str
) -> None:
    case, old_html, new_html = _pages(seed, edit, style, draw)
    select = [SELECT[style]] if mode == "select" else []
    old_blocks = extract_blocks(old_html, select=select)
    new_blocks = extract_blocks(new_html, select=select)
    old, new = list(case.old), list(case.new)
    diff = diff_blocks(old_blocks, new_blocks)
    diffs = _changes(old_blocks, new_blocks, select)
    problems = [f"diff_blocks: {p}" for p in diff_problems([diff], old, new)]
    problems += [f"diff_blocks: {p}" for p in one_modified_problems([diff], case.one_modified)]
    problems += [f"build_changes: {p}" for p in diff_problems(diffs, old, new)]
    problems += [f"build_changes: {p}" for p in one_modified_problems(diffs, case.one_modified)]
    assert not problems, "\n".join(
        [
            f"edit: {case.what}",
            f"old page: {_extraction_drift(old, old_blocks)}",
            f"new page: {_extraction_drift(new, new_blocks)}",
            f"diff: {_describe(diff)}",
            *problems,
        ]
    )


def _generated() -> list[tuple[str, Case]]:
    """Every case the property test runs (once per mode-independent key)."""
    return [
        (edit, _case(seed, edit, style, draw))
        for seed, edit, style, draw, mode in _case_ids()
        if mode == "auto"
    ]


def test_the_generated_edits_are_real_edits() -> None:
    """Guard on the generator itself: every case changes the text, the way it says."""
    for edit, case in _generated():
        was, now = _counts(case.old), _counts(case.new)
        assert was != now or edit == "reorder", case.what
        assert [canonical(t) for _, t in case.old] != [canonical(t) for _, t in case.new]
        for before, after in case.one_modified:
            assert (was[canonical(before)], now[canonical(before)]) == (1, 0), case.what
            assert (was[canonical(after)], now[canonical(after)]) == (0, 1), case.what
        if edit.startswith("links"):
            links = [t for k, t in case.old if k == "link"]
            assert 5 <= len(links) <= 9, case.what
            changed = abs(len([k for k, _ in case.new if k == "link"]) - len(links))
            assert 1 <= changed <= 5, case.what


GUARDED = (
    "insert",
    "delete",
    "reorder",
    "reword",
    "number",
    "links-added",
    "links-removed",
    "mixed",
)


def test_the_properties_hold_on_the_truth_itself() -> None:
    """Guard on the checker: the truth's own blocks diffed (no page, no extraction) pass
    every property for the edits that involve no short date/number/version line."""
    for edit, case in _generated():
        if edit in GUARDED:
            diff = diff_blocks(_as_blocks(list(case.old)), _as_blocks(list(case.new)))
            problems = diff_problems([diff], list(case.old), list(case.new))
            problems += one_modified_problems([diff], case.one_modified)
            assert not problems, (case.what, problems)


# ---------------------------------------------------------------- short lines: one entry

AUP = seed_blocks("aup-summary-of-changes-2016")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Last revised: 3 June 2019", "Last revised: 12 January 2026"),
        ("Last updated February 1, 2016", "Last updated March 3, 2025"),
        ("Last updated: February 1, 2016", "Last updated: February 3, 2016"),
        ("Effective date: 2019-06-03", "Effective date: 2026-01-12"),
        ("Effective 03/06/2019", "Effective 12/01/2026"),
        ("Version 2.3", "Version 2.4"),
        ("Version 2.3", "Version 3.0"),
        ("v4.2.1", "v4.3.0"),
        ("Policy version 7", "Policy version 8"),
        ("Notice period: 30 days", "Notice period: 45 days"),
        ("Late fee: $25", "Late fee: $40"),
    ],
)
def test_a_short_line_differing_only_in_a_date_number_or_version_is_one_modified(
    before: str, after: str
) -> None:
    """On blocks directly (no page): isolates the diff's pairing from the extractor."""
    old = [Block("heading", AUP[0][1]), Block("paragraph", before)]
    old += [Block("paragraph", t) for _, t in AUP[1:]]
    new = [old[0], Block("paragraph", after), *old[2:]]
    diff = diff_blocks(old, new)
    assert [(m.before, m.after) for m in diff.modified] == [(before, after)], _describe(diff)
    assert not (diff.added or diff.removed or diff.moved or diff.split or diff.merged)


# ---------------------------------------------------------------- regressions from a real report

SMS = seed_blocks("sms-not-allowed")
FAQ_HEADING = ("heading", "Frequently asked questions")
SEVEN = list(FAQ_QUESTIONS[:7])
FOUR = list(FAQ_QUESTIONS[7:11])
ELEVEN = SEVEN[:2] + FOUR[:1] + SEVEN[2:5] + FOUR[1:2] + SEVEN[5:] + FOUR[2:]


def _faq_page(questions: list[str]) -> Truth:
    return [*SMS, FAQ_HEADING, *(("link", q) for q in questions)]


STYLE_MODES = [(style, mode) for style in STYLES for mode in MODES]
STYLE_MODE_IDS = [f"{style}-{mode}" for style, mode in STYLE_MODES]


def _extract(truth: Truth, style: str, mode: str, variant: int) -> list[Block]:
    title = "What SMS messages are not allowed"
    html = render_page(truth, title=title, style=style, variant=variant)
    return extract_blocks(html, select=[SELECT[style]] if mode == "select" else [])


@pytest.mark.parametrize("count", [5, 9, 10, 11, 14])
@pytest.mark.parametrize(("style", "mode"), STYLE_MODES, ids=STYLE_MODE_IDS)
def test_a_link_list_inside_the_policy_text_is_extracted(style: str, mode: str, count: int) -> None:
    """An FAQ list of questions, each a link, is policy text however long it is."""
    questions = list(FAQ_QUESTIONS[:count])
    truth = _faq_page(questions)
    got = _extract(truth, style, mode, variant=count)
    assert [(b.kind, b.text, b.level) for b in got] == expected_blocks(truth)


@pytest.mark.parametrize(("style", "mode"), STYLE_MODES, ids=STYLE_MODE_IDS)
def test_four_questions_added_to_an_faq_of_seven_are_four_added(style: str, mode: str) -> None:
    """Real report (a): 7 FAQ links -> 11; the change is exactly the 4 new questions."""
    old = _extract(_faq_page(SEVEN), style, mode, variant=1)
    new = _extract(_faq_page(ELEVEN), style, mode, variant=2)
    want = [q for q in ELEVEN if q in FOUR]
    diff = diff_blocks(old, new)
    assert diff.added == want, _describe(diff)
    assert not (diff.removed or diff.modified or diff.moved or diff.split or diff.merged), (
        _describe(diff)
    )
    select = [SELECT[style]] if mode == "select" else []
    [change] = _changes(old, new, select)
    assert change.added == want and not change.removed, _describe(change)


def test_four_questions_added_to_an_faq_of_seven_diff_only() -> None:
    """The same edit on blocks directly: the diff itself gets it right."""
    diff = diff_blocks(_as_blocks(_faq_page(SEVEN)), _as_blocks(_faq_page(ELEVEN)))
    assert diff.added == [q for q in ELEVEN if q in FOUR] and not diff.removed


REVISED_BEFORE = "Last revised: 3 June 2019"
REVISED_AFTER = "Last revised: 12 January 2026"
CLAUSE_BEFORE = (
    "This AUP has examples of restricted behavior, but does not list all restricted "
    "behaviors. Ultimately, Twilio will decide whether your use violates the AUP."
)
CLAUSE_AFTER = (
    "This AUP has examples of restricted behavior, but does not list all restricted "
    "behaviors. Ultimately, Twilio will decide, in its sole discretion, whether your use "
    "violates the AUP."
)


def _revised(line: str, clause: str) -> Truth:
    assert ("paragraph", CLAUSE_BEFORE) in AUP
    body = [(k, clause if t == CLAUSE_BEFORE else t) for k, t in AUP[1:]]
    return [AUP[0], ("paragraph", line), *body]


def test_redate_and_reword_are_two_modified_entries_diff_only() -> None:
    """Real report (b), on blocks directly."""
    old = _as_blocks(_revised(REVISED_BEFORE, CLAUSE_BEFORE))
    new = _as_blocks(_revised(REVISED_AFTER, CLAUSE_AFTER))
    diff = diff_blocks(old, new)
    assert sorted((m.before, m.after) for m in diff.modified) == sorted(
        [(REVISED_BEFORE, REVISED_AFTER), (CLAUSE_BEFORE, CLAUSE_AFTER)]
    ), _describe(diff)
    assert not (diff.added or diff.removed), _describe(diff)


@pytest.mark.parametrize(("style", "mode"), STYLE_MODES, ids=STYLE_MODE_IDS)
def test_redate_and_reword_are_two_modified_entries(style: str, mode: str) -> None:
    """Real report (b): "Last revised: 3 June 2019" -> "Last revised: 12 January 2026" in the
    same edit as a reworded clause: two modified entries, nothing added or removed."""
    old = _extract(_revised(REVISED_BEFORE, CLAUSE_BEFORE), style, mode, variant=3)
    new = _extract(_revised(REVISED_AFTER, CLAUSE_AFTER), style, mode, variant=4)
    want = sorted([(REVISED_BEFORE, REVISED_AFTER), (CLAUSE_BEFORE, CLAUSE_AFTER)])
    diff = diff_blocks(old, new)
    assert sorted((m.before, m.after) for m in diff.modified) == want, _describe(diff)
    assert not (diff.added or diff.removed or diff.split or diff.merged), _describe(diff)
    for change in _changes(old, new, [SELECT[style]] if mode == "select" else []):
        assert not (change.added or change.removed), _describe(change)
