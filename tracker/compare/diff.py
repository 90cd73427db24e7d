"""Semantic clause diff: align two versions' blocks, then explain what is left.

1. Blocks are compared by canonical key (tracker.extract.normalize), so renumbering and
   typography are not changes; the longest common subsequence of keys is unchanged.
2. Of what is left, a key present on both sides is a clause that *moved*.
3. An old clause equal to several consecutive new ones was *split* (and the reverse
   *merged*).
4. Pairs that are the same once dates and numbers are blanked ("Last revised: 3 June
   2019" / "Last revised: 12 January 2026", "Version 2.3" / "Version 2.4") were
   *modified*, however short they are.
5. Remaining pairs that read alike (word similarity) were *modified*, with a word diff;
   pairs are sought first inside the same gap, then anywhere.
6. The rest was added or removed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import asdict
from itertools import pairwise
from typing import Any

from tracker.compare.words import (
    MODIFIED_THRESHOLD,
    _ratio,
    _Words,
    blanked,
    word_ops,
)
from tracker.extract.normalize import canonical, canonical_classes, canonical_many
from tracker.models import Block, BlockDiff, Merged, Modified, Moved, Split, WordOp

try:  # difflib's algorithm compiled: the same opcodes and ratios, several times faster
    from cydifflib import SequenceMatcher
except ImportError:  # pragma: no cover - a platform without its wheel: same results
    from difflib import SequenceMatcher

def _opcodes(
    a: Sequence[Hashable], b: Sequence[Hashable]
) -> list[tuple[str, int, int, int, int]]:
    """`SequenceMatcher(None, a, b, autojunk=False).get_opcodes()`.

    When no key repeats on either side (the usual policy), every key matches at most one
    place, so the matches form diagonal runs and difflib's longest-block-first recursion
    is done on the runs instead of on every key; the same blocks come out.
    """
    where = dict(zip(b, range(len(b)), strict=True))
    if len(where) < len(b) or len(set(a)) < len(a):
        return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    runs: list[tuple[int, int, int]] = []  # (i, j, size), by i
    i = 0
    while i < len(a):
        j = where.get(a[i])
        if j is None:
            i += 1
            continue
        size = _run(a, b, i, j)
        runs.append((i, j, size))
        i += size
    ends = [i + size for i, _, size in runs]
    blocks = []
    boxes = [(0, len(a), 0, len(b))]
    while boxes:  # difflib's get_matching_blocks, its longest match taken from the runs
        alo, ahi, blo, bhi = boxes.pop()
        best = (alo, blo, 0)
        for i, j, size in runs[bisect_right(ends, alo):]:
            if i >= ahi:
                break
            start, stop = max(alo - i, blo - j, 0), min(ahi - i, bhi - j, size)
            if stop - start > best[2]:
                best = (i + start, j + start, stop - start)
        i, j, size = best
        if size:
            blocks.append(best)
            if alo < i and blo < j:
                boxes.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                boxes.append((i + size, ahi, j + size, bhi))
    blocks.sort()
    merged: list[tuple[int, int, int]] = []
    for i, j, size in blocks:  # adjacent blocks become one, as difflib reports them
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + size)
        else:
            merged.append((i, j, size))
    merged.append((len(a), len(b), 0))
    opcodes, i, j = [], 0, 0
    for ai, bj, size in merged:
        tag = "replace" if i < ai and j < bj else "delete" if i < ai else "insert" if j < bj else ""
        if tag:
            opcodes.append((tag, i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            opcodes.append(("equal", ai, i, bj, j))
    return opcodes


def _run(a: Sequence[Hashable], b: Sequence[Hashable], i: int, j: int) -> int:
    """The length of the run of equal keys from a[i] == b[j]: found by doubling, then
    halving, with slices compared in C (unchanged documents are long runs)."""
    size, limit, step = 1, min(len(a) - i, len(b) - j), 1
    while size < limit:  # grow while whole steps match, then try ever smaller steps
        step = min(step, limit - size)
        if a[i + size : i + size + step] == b[j + size : j + size + step]:
            size += step
            step *= 2
        elif step == 1:
            break
        else:
            step //= 2
    return size


def diff_blocks(old: Sequence[Block], new: Sequence[Block]) -> BlockDiff:
    """The semantic difference between two block lists."""
    keys = canonical_classes([b.text for b in old] + [b.text for b in new])
    old_keys, new_keys = keys[: len(old)], keys[len(old) :]  # equal iff canonical texts are
    gaps: list[tuple[list[int], list[int]]] = []
    for tag, i1, i2, j1, j2 in _opcodes(old_keys, new_keys):
        if tag != "equal":
            gaps.append((list(range(i1, i2)), list(range(j1, j2))))
    result = BlockDiff()
    if not gaps:
        return result
    free_old = {i for olds, _ in gaps for i in olds}
    free_new = {j for _, news in gaps for j in news}
    # every later step reads the canonical texts of what is left: fold them in one batch
    canonical_many([old[i].text for i in free_old] + [new[j].text for j in free_new])
    _find_moves(old, new, old_keys, new_keys, free_old, free_new, result)
    _find_splits(old, new, free_old, free_new, result)
    words = _Words()
    lone = {(olds[0], news[0]) for olds, news in gaps if len(olds) == len(news) == 1}
    _pair_same_shape(old, new, free_old, free_new, result, words, lone)
    for olds, news in gaps:  # pairs inside the same gap first
        _pair_modified(old, new, [i for i in olds if i in free_old],
                       [j for j in news if j in free_new], free_old, free_new, result, words)
    _pair_modified(old, new, sorted(free_old), sorted(free_new), free_old, free_new, result,
                   words, prefilter=True)
    result.removed = [old[i].text for i in sorted(free_old)]
    result.added = [new[j].text for j in sorted(free_new)]
    result.modified.sort(key=lambda m: m.after)
    return result


def _find_moves(old, new, old_keys, new_keys, free_old, free_new, result) -> None:
    where_old: dict[str, list[int]] = defaultdict(list)
    for i in sorted(free_old):
        where_old[old_keys[i]].append(i)
    for j in sorted(free_new):
        spots = where_old.get(new_keys[j])
        if spots:
            i = spots.pop(0)
            free_old.discard(i)
            free_new.discard(j)
            result.moved.append(Moved(new[j].text, i, j))


def _find_splits(old, new, free_old, free_new, result) -> None:
    old_keys = {i: canonical(old[i].text) for i in free_old}
    new_keys = {j: canonical(new[j].text) for j in free_new}
    for i, parts in _joined_runs(old_keys, new_keys, free_old, free_new):
        result.split.append(Split(old[i].text, [new[p].text for p in parts]))
    for j, parts in _joined_runs(new_keys, old_keys, free_new, free_old):
        result.merged.append(Merged([old[p].text for p in parts], new[j].text))


def _joined_runs(
    whole_keys: Mapping[int, str], part_keys: Mapping[int, str], free_whole: set[int],
    free_parts: set[int],
) -> list[tuple[int, list[int]]]:
    """Unmatched clauses equal to a run of consecutive unmatched clauses on the other side
    joined: (whole index, part indexes).  Both are taken out of the free sets.  A split
    reads old as the whole and new as the parts; a merge the other way round."""
    found: list[tuple[int, list[int]]] = []
    for i in sorted(free_whole):
        target = whole_keys[i]
        for j in sorted(free_parts):
            if i not in free_whole:
                break
            if not target.startswith(part_keys[j]) or part_keys[j] == target:
                continue
            parts, joined, k = [j], part_keys[j], j + 1
            while k in free_parts and len(joined) < len(target):
                joined = f"{joined} {part_keys[k]}"
                parts.append(k)
                k += 1
            if len(parts) > 1 and joined == target:
                free_whole.discard(i)
                free_parts.difference_update(parts)
                found.append((i, parts))
    return found


def _pair_same_shape(old, new, free_old, free_new, result, words, lone) -> None:
    """Pair clauses that differ only in their dates and numbers, in order.

    Reading dates is slow (hundreds of month names), so `blanked` is only computed for
    the clauses that `_shape_candidates` cannot rule out; the others could not pair.
    """
    if not free_old or not free_new:
        return
    maybe_old, maybe_new = _shape_candidates(old, new, free_old, free_new, words, lone)
    where_old: dict[str, list[int]] = defaultdict(list)
    for i in sorted(maybe_old):
        key = blanked(old[i].text)
        if key:
            where_old[key].append(i)
    if not where_old:
        return
    for j in sorted(maybe_new):
        spots = where_old.get(blanked(new[j].text))
        if spots:
            i = spots.pop(0)
            free_old.discard(i)
            free_new.discard(j)
            a, b = old[i].text, new[j].text
            score = round(_ratio(words[a], words[b]), 3)
            result.modified.append(Modified(a, b, word_ops(a, b), score))


# Every word of a date that `find_dates` reads ("3rd of June, 2019", "junio de 2019",
# "2019年6月3日") is at most this many words from a word with a digit in it
# (tests/test_diff.py checks it on the date corpus).
DATE_REACH = 2


def _shape_words(words: list[str]) -> tuple[list[str], set[str]]:
    """(the words that `blanked` keeps as they are, in order; those farther still from any
    number, for looking partners up).

    A word more than DATE_REACH words from any word that is not all letters (a number,
    "v2", a literal "datemark") is in no date.  The first word needs one more: numbering
    next to a date ("Section 3 June 2019: ...") is stripped from one text and kept in
    the other.  A word right next to a date may be glued to it in the other text
    ("v2019-06-03", a zero-width space before "June"), so the kept words are matched as
    substrings; a word one further is never glued.
    """
    marks = [k for k, word in enumerate(words) if not word.isalpha() or word == "datemark"]
    if not marks:
        return words, set(words)
    kept: list[str] = []
    lookup: set[str] = set()
    reach = DATE_REACH
    for left, right in pairwise([None, *marks, None]):  # letters-only words between marks
        # kept: more than `reach` words from either mark; lookup: one more
        start = 0 if left is None else left + reach + 1
        end = len(words) if right is None else max(right - reach, 0)
        if start == 0 and right is not None and right <= reach + 1:
            start = 1  # the first word, too close to a number
        kept += words[start:end]
        first = 0 if left is None else start + 1
        lookup.update(words[first : end if right is None else max(end - 1, 0)])
    return kept, lookup


def _inside(words: list[str], text: str) -> bool:
    """Every word found in `text`, one after the other (as substrings)."""
    at = 0
    for word in words:
        at = text.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return True


def _shape_candidates(old, new, free_old, free_new, words, lone) -> tuple[set[int], set[int]]:
    """The free clauses that may have a partner with the same `blanked` key.

    Two clauses with equal keys are the same words outside their dates and numbers, so
    each one's `_shape_words` are found, in order, in the other's canonical text.  A
    clause with no word far from every number (a "Last revised: ..." line) may pair with
    anything; the others look partners up by their longest far word.

    Left out as well: two clauses alone in their gap (`lone`), each the other's only
    possible partner, and alike enough to be paired by the gap pass, which would make the
    same entry of them; their dates need not be read.
    """
    sides = []
    for blocks, free in ((old, free_old), (new, free_new)):
        shapes = {i: _shape_words(words[blocks[i].text]) for i in free}
        sought = {i: max(lookup, key=len) for i, (_, lookup) in shapes.items() if lookup}
        sides.append((blocks, free, shapes, sought))
    partners: tuple[dict[int, set[int]], dict[int, set[int]]] = ({}, {})
    maybe: tuple[set[int], set[int]] = (set(), set())
    for me, them in ((0, 1), (1, 0)):
        blocks, free, shapes, sought = sides[me]
        their_blocks, their_free, their_shapes, _ = sides[them]
        having: dict[str, list[int]] = defaultdict(list)  # sought word -> their clauses
        wanted = set(sought.values())
        for j in their_free:
            for word in wanted.intersection(words[their_blocks[j].text]):
                having[word].append(j)
        maybe[me].update(i for i in free if i not in sought)
        for i, word in sought.items():
            partners[me][i] = {
                j for j in having.get(word, ())
                if _inside(shapes[i][0], canonical(their_blocks[j].text))
                and _inside(their_shapes[j][0], canonical(blocks[i].text))
            }
            maybe[me].update([i] if partners[me][i] else [])
            maybe[them].update(partners[me][i])
    for i, j in lone:
        if (partners[0].get(i) == {j} and partners[1].get(j) == {i}
                and _ratio(words[old[i].text], words[new[j].text]) >= MODIFIED_THRESHOLD):
            maybe[0].discard(i)
            maybe[1].discard(j)
    return maybe if all(maybe) else (set(), set())


def _pair_modified(old, new, olds, news, free_old, free_new, result, words,
                   prefilter=False) -> None:
    if not olds or not news:
        return
    if prefilter and len(olds) * len(news) > 400:
        words_new = {j: set(words[new[j].text]) for j in news}
    candidates = []
    for i in olds:
        a = old[i].text
        wa = set(words[a]) if prefilter and len(olds) * len(news) > 400 else None
        for j in news:
            if wa is not None:
                wb = words_new[j]
                if not wa or len(wa & wb) / max(len(wa | wb), 1) < 0.3:
                    continue
            score = _ratio(words[a], words[new[j].text])
            if score >= MODIFIED_THRESHOLD:
                candidates.append((score, i, j))
    for score, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i in free_old and j in free_new:
            free_old.discard(i)
            free_new.discard(j)
            result.modified.append(Modified(old[i].text, new[j].text,
                                            word_ops(old[i].text, new[j].text),
                                            round(score, 3)))


def summarize(diff: BlockDiff) -> str:
    """One line: "1 clause added, 2 reworded, 1 moved" ('' when nothing changed)."""
    counts = [
        (len(diff.added), "added"), (len(diff.removed), "removed"),
        (len(diff.modified), "reworded"), (len(diff.moved), "moved"),
        (len(diff.split), "split"), (len(diff.merged), "merged"),
    ]
    parts = [(n, label) for n, label in counts if n]
    if not parts:
        return ""
    (n, label), *rest = parts
    first = f"{n} {'clause' if n == 1 else 'clauses'} {label}"
    return ", ".join([first, *(f"{m} {other}" for m, other in rest)])


def diff_to_json(diff: BlockDiff) -> dict[str, Any]:
    return {
        "added": list(diff.added),
        "removed": list(diff.removed),
        "modified": [{"before": m.before, "after": m.after,
                      "ops": [asdict(o) for o in m.ops]} for m in diff.modified],
        "moved": [asdict(m) for m in diff.moved],
        "split": [asdict(s) for s in diff.split],
        "merged": [asdict(m) for m in diff.merged],
    }


_RED, _GREEN, _YELLOW, _DIM, _RESET = "\033[31m", "\033[32m", "\033[33m", "\033[2m", "\033[0m"


def render_redline(diff: BlockDiff, *, color: bool) -> str:
    """A terminal redline; [-deleted-]{+inserted+} markers when colour is off."""

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    def words(ops: list[WordOp]) -> str:
        out = []
        for op in ops:
            if op.op == "equal":
                out.append(op.text)
            elif op.op == "delete":
                out.append(paint(_RED, op.text) if color else f"[-{op.text}-]")
            else:
                out.append(paint(_GREEN, op.text) if color else f"{{+{op.text}+}}")
        return "".join(out)

    lines = [paint(_GREEN, f"+ {t}") for t in diff.added]
    lines += [paint(_RED, f"- {t}") for t in diff.removed]
    lines += [f"~ {words(m.ops)}" for m in diff.modified]
    lines += [paint(_YELLOW, f"> moved: {m.text}") for m in diff.moved]
    for s in diff.split:
        lines.append(paint(_YELLOW, f"/ split: {s.before}"))
        lines += [paint(_DIM, f"    into: {part}") for part in s.after]
    for m in diff.merged:
        lines.append(paint(_YELLOW, f"\\ merged into: {m.after}"))
        lines += [paint(_DIM, f"    from: {part}") for part in m.before]
    return "\n".join(lines)
