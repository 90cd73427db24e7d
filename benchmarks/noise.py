"""Noise figures: false alarms per quiet check, and detected per real change.

Serves each seed on loopback in three page styles, with furniture that changes on every
request and typography/numbering/case noise (tests/noise.py), and runs the real pipeline:

  quiet phase   N checks of unchanged policies: every recorded change is a false alarm
  edit phase    one real edit per (seed, edit kind): exactly one change must appear

Run from the repo root:  .venv/bin/python benchmarks/noise.py [--checks 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.server import LoopbackServer  # noqa: E402
from tests.test_noise import EDITS, SEEDS, STYLES, NoisySource, make_config  # noqa: E402
from tracker.pipeline import check  # noqa: E402
from tracker.store import Store  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--checks", type=int, default=20, help="quiet checks per style")
    args = parser.parse_args()
    server = LoopbackServer().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            alarms, quiet = quiet_phase(server, Path(tmp), args.checks)
            exact, total, misses = edit_phase(server, Path(tmp))
            elapsed = time.perf_counter() - started
    finally:
        server.stop()
    print(f"quiet checks (source x check, noisy pages): {quiet}")
    print(f"false alarms:                               {alarms}  "
          f"({alarms / max(quiet, 1):.2%} of quiet checks)")
    print(f"real edits detected as exactly one change:  {exact}/{total}")
    for miss in misses:
        print(f"  miss: {miss}")
    print(f"time: {elapsed:.1f} s")


if __name__ == "__main__":
    main()
