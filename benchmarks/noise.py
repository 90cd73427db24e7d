"""Noise figures: false alarms per quiet check, and detected per real change.

Serves each seed on loopback in three page styles, with furniture that changes on every
request and typography/numbering/case noise (tests/noise.py), and runs the real pipeline:

  quiet phase   N checks of unchanged policies: every recorded change is a false alarm
  edit phase    one real edit per (seed, edit kind): exactly one change must appear

then the same seeds as help-centre articles with noise INSIDE the article
(tests/helpcentre.py), over runs between which a simulated clock advances (a few hours to
a few days; never between the two fetches of one run):

  cross-run quiet phase   relative "Updated ..." lines (7 languages, buckets and counts,
                          under the title or in the author line, sometimes absolute or
                          missing) and rotating calls to action (random per request); each
                          class alone, then both: every recorded change is a false alarm
  cross-run edit phase    every edit (EDITS + HC_EDITS) on the same run as a CTA swap
                          (both fetches agree on a text that is not the last one) and a
                          relative-time step: exactly one change, touching only the
                          edited blocks; a re-dated "Last updated" line is date-only

Run from the repo root:  .venv/bin/python benchmarks/noise.py [--checks 20] [--runs 16]
[--rounds 1]  (more checks: --runs 40, or --rounds 3 for fresh sources and clocks)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpcentre import (  # noqa: E402
    FORMATS,
    HC_EDITS,
    PLACEMENTS,
    HelpCentreSource,
    entries,
    expected_texts,
    hc_config,
    noise_class,
    touches,
)
from tests.server import LoopbackServer  # noqa: E402
from tests.test_noise import EDITS, SEEDS, STYLES, NoisySource, make_config  # noqa: E402
from tracker.models import Change  # noqa: E402
from tracker.pipeline import CheckReport, check  # noqa: E402
from tracker.store import Store  # noqa: E402

CLASSES = ("relative", "rotating", "other")
ENTRY_KEYS = ("added", "removed", "modified", "moved", "split")


def quiet_phase(server: LoopbackServer, workdir: Path, checks: int) -> tuple[int, int]:
    alarms = quiet = 0
    for style in STYLES:
        sources = [NoisySource(server, n, style, i + 100) for i, n in enumerate(SEEDS)]
        config = make_config(server, sources)
        store = Store(workdir / f"quiet-{style}.db")
        check(config, store)
        for _ in range(checks):
            report = check(config, store)
            alarms += len(report.changes)
            quiet += len(report.reports)
    return alarms, quiet


def edit_phase(server: LoopbackServer, workdir: Path) -> tuple[int, int, list[str]]:
    exact = total = 0
    misses: list[str] = []
    for i, name in enumerate(SEEDS):
        for j, (label, edit) in enumerate(EDITS.items()):
            style = STYLES[(i + j) % len(STYLES)]
            source = NoisySource(server, name, style, 1000 + i * 10 + j)
            source.path = f"/{name}-{style}-{label}"
            server.routes[source.path] = source.handle
            config = make_config(server, [source])
            store = Store(workdir / f"edit-{name}-{label}.db")
            check(config, store)
            edit(source.blocks)
            changes = check(config, store).changes + check(config, store).changes
            total += 1
            if len(changes) == 1:
                exact += 1
            else:
                misses.append(f"{name}/{label}: {len(changes)} changes")
    return exact, total, misses


# ---------------------------------------------------------------- help-centre noise


def hc_sources(
    server: LoopbackServer, r: int, *, relative: bool, rotating: bool
) -> list[HelpCentreSource]:
    """Every seed in every style, each with its own format, placement and clock; round
    `r` deals the formats and placements out differently."""
    out = []
    for k, (style, name) in enumerate((st, n) for st in STYLES for n in SEEDS):
        out.append(
            HelpCentreSource(
                server, name, style, 2000 + 100 * r + k, relative=relative, rotating=rotating,
                fmt=FORMATS[(k + 7 * r) % len(FORMATS)],
                placement=PLACEMENTS[(k + r) % len(PLACEMENTS)],
            )
        )  # fmt: skip
    return out


class Tally:
    """False alarms of one cross-run phase, by the noise class their entries show."""

    def __init__(self) -> None:
        self.quiet = self.alarms = self.failed = 0
        self.by_class = dict.fromkeys(CLASSES, 0)
        self.examples: dict[str, str] = {}

    def add(self, report: CheckReport, by_id: dict[str, HelpCentreSource]) -> None:
        for rep in report.reports:
            self.quiet += 1
            self.failed += rep.failed
            noise = by_id[rep.source].noise_texts()
            for change in rep.changes:
                self.alarms += 1
                found = [(noise_class(e, noise), e) for e in entries(change.diff)]
                for label in {c for c, _ in found}:
                    self.by_class[label] += 1
                for label, entry in found:
                    self.examples.setdefault(label, f"{rep.source}: {entry}")


def cross_run_quiet(
    server: LoopbackServer, workdir: Path, runs: int, rounds: int, relative: bool, rotating: bool,
    processes: int = 0,
) -> Tally:
    tally = Tally()
    for r in range(rounds):
        sources = hc_sources(server, r, relative=relative, rotating=rotating)
        by_id = {s.id: s for s in sources}
        config = hc_config(server, sources, parse_processes=processes)
        store = Store(workdir / f"hc-quiet-{int(relative)}{int(rotating)}-{r}.db")
        check(config, store)
        for _ in range(runs):
            for source in sources:
                source.next_run()
            tally.add(check(config, store), by_id)
    return tally


@dataclass
class EditOutcome:
    source: HelpCentreSource
    label: str
    expected: dict
    changes: list[Change] = field(default_factory=list)

    def verdict(self) -> tuple[bool, bool, list[str], list[str]]:
        """(detected, exact, lines describing each change, extra-entry classes)."""
        wanted = expected_texts(self.expected)
        noise = self.source.noise_texts()
        detected, lines, extra = False, [], []
        for change in self.changes:
            for entry in entries(change.diff):
                if touches(entry, wanted):
                    detected = True
                    lines.append(f"      edit   ({change.kind}): {entry}")
                else:
                    label = noise_class(entry, noise)
                    extra.append(label)
                    lines.append(f"      EXTRA  ({change.kind}, {label}): {entry}")
        exact = detected and len(self.changes) == 1 and not extra
        if exact and "kind" in self.expected:
            exact = self.changes[0].kind == self.expected["kind"]
        if exact and "inserted" in self.expected:
            ops = [op for m in self.changes[0].diff.modified for op in m.ops]
            exact = any(
                op.op == "insert" and self.expected["inserted"] in op.text for op in ops
            ) and any(op.op == "delete" and self.expected["deleted"] in op.text for op in ops)
        return detected, exact, lines, extra


def cross_run_edits(
    server: LoopbackServer, workdir: Path, warmup: int = 3, follow: int = 2
) -> list[EditOutcome]:
    """Each edit on the same run as a CTA swap and a relative-time step, all sources in
    one config (they are independent); `follow` noisy runs afterwards must add nothing.

    Warm-up: a run of random CTAs, then runs whose fetches all agree on another text and
    back (A, B, A); the edit run pins B again (a text the tracker has seen replaced)."""
    edits = {**EDITS, **HC_EDITS}
    outcomes: list[EditOutcome] = []
    for i, name in enumerate(SEEDS):
        for j, label in enumerate(edits):
            k = i * len(edits) + j
            source = HelpCentreSource(
                server, name, STYLES[(i + j) % len(STYLES)], 3000 + k, extras=True,
                fmt=FORMATS[k % len(FORMATS)], placement=PLACEMENTS[k % len(PLACEMENTS)],
            )  # fmt: skip
            outcomes.append(EditOutcome(source, label, {}))
    by_id = {o.source.id: o for o in outcomes}
    config = hc_config(server, [o.source for o in outcomes])
    store = Store(workdir / "hc-edits.db")
    check(config, store)
    for run in range(1, warmup + 1):
        for o in outcomes:
            o.source.next_run()
            if run > 1:  # fetches agree on another CTA text, then back (A, B, A)
                o.source.swap_cta()
        check(config, store)
    for o in outcomes:
        o.expected = edits[o.label](o.source.blocks)
        o.source.step_line()
        o.source.swap_cta()
    for run in range(1 + follow):
        if run:
            for o in outcomes:
                o.source.pin = o.source.mode = None
                o.source.next_run()
        for rep in check(config, store).reports:
            by_id[rep.source].changes += rep.changes
    return outcomes


def _rate(n: int, d: int) -> str:
    return f"{n}/{d} ({n / max(d, 1):.1%})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--checks", type=int, default=20, help="quiet checks per style")
    parser.add_argument(
        "--runs", type=int, default=16,
        help="cross-run phases: runs per source after the first (15 sources per round)",
    )  # fmt: skip
    parser.add_argument(
        "--rounds", type=int, default=1,
        help="cross-run quiet phases: repeat with fresh sources, formats and clocks",
    )  # fmt: skip
    parser.add_argument(
        "--processes", type=int, default=0,
        help="cross-run quiet phases: parse_processes (0: the default, threads for so few "
        "sources; 2: the fetch-and-extract workers big runs use)",
    )  # fmt: skip
    args = parser.parse_args()
    server = LoopbackServer().start()
    timings: dict[str, float] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            alarms, quiet = quiet_phase(server, Path(tmp), args.checks)
            exact, total, misses = edit_phase(server, Path(tmp))
            elapsed = time.perf_counter() - started
            tallies: dict[str, Tally] = {}
            for label, rel, rot in (
                ("relative times only", True, False),
                ("rotating CTAs only", False, True),
                ("both classes", True, True),
            ):
                t0 = time.perf_counter()
                tallies[label] = cross_run_quiet(
                    server, Path(tmp), args.runs, args.rounds, rel, rot, args.processes
                )
                timings[label] = time.perf_counter() - t0
            t0 = time.perf_counter()
            outcomes = cross_run_edits(server, Path(tmp))
            timings["edits"] = time.perf_counter() - t0
    finally:
        server.stop()
    print(f"quiet checks (source x check, noisy pages): {quiet}")
    print(
        f"false alarms:                               {alarms}  "
        f"({alarms / max(quiet, 1):.2%} of quiet checks)"
    )
    print(f"real edits detected as exactly one change:  {exact}/{total}")
    for miss in misses:
        print(f"  miss: {miss}")
    print(f"time: {elapsed:.1f} s")

    print()
    print("help-centre noise inside the article, clock advancing between runs")
    print(
        f"cross-run quiet phase: {len(SEEDS) * len(STYLES)} sources x {args.runs} runs"
        f" x {args.rounds} round(s)"
    )
    print(
        f"  {'noise':22}{'false alarms / quiet checks':>28}   alarms showing: "
        + " ".join(f"{c:>8}" for c in CLASSES)
        + "    time"
    )
    for label, tally in tallies.items():
        showing = " ".join(f"{tally.by_class[c]:>8}" for c in CLASSES)
        failed = f"   ({tally.failed} failed checks)" if tally.failed else ""
        print(
            f"  {label:22}{_rate(tally.alarms, tally.quiet):>28}   {'':16}{showing}"
            f"  {timings[label]:4.1f} s{failed}"
        )
    for label, tally in tallies.items():
        for cls, example in tally.examples.items():
            print(f"    e.g. [{label}] {cls}: {example}")

    print()
    print(
        "cross-run edit phase: each edit on the same run as a CTA swap and a relative-time"
        " step, then 2 noisy runs"
    )
    detected = exact_hc = 0
    extra_by_class = dict.fromkeys(CLASSES, 0)
    for o in outcomes:
        found, ok, lines, extra = o.verdict()
        detected += found
        exact_hc += ok
        for label in extra:
            extra_by_class[label] += 1
        kinds = ",".join(c.kind for c in o.changes) or "-"
        status = "ok  " if ok else "MISS" if not found else "FAIL"
        want = " (want date-only)" if o.expected.get("kind") else ""
        blocks = sum(len(o.expected.get(key, [])) for key in ENTRY_KEYS)
        print(
            f"  {status} {o.source.name[:30]:30} {o.label:10} {o.source.style:10} "
            f"{len(o.changes)} change(s) [{kinds}]{want}; the edit touched {blocks} block(s),"
            f" the changes {len(lines)} entr{'y' if len(lines) == 1 else 'ies'},"
            f" {len(extra)} extra"
        )
        for line in lines:
            print(line)
    total_extra = sum(extra_by_class.values())
    print(f"  time: {timings['edits']:.1f} s")

    print()
    print("summary")
    print(f"  old quiet phase false alarms:   {_rate(alarms, quiet)}")
    print(f"  old edit phase exactly one:     {exact}/{total}")
    for label, tally in tallies.items():
        print(f"  false alarms, {label + ':':21}{_rate(tally.alarms, tally.quiet)}")
    print(f"  real edits detected:            {detected}/{len(outcomes)}")
    print(f"  exactly one change, only the edited blocks: {exact_hc}/{len(outcomes)}")
    print(
        f"  extra blocks touched:           {total_extra} ("
        + ", ".join(f"{c} {n}" for c, n in extra_by_class.items())
        + ")"
    )
    print(f"  time: {elapsed + sum(timings.values()):.1f} s")


if __name__ == "__main__":
    main()
