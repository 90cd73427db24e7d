"""Site build speed: 200 sources with 50 changes each (10,000 change pages).

Fills a database with versions built from the seed documents (each change rewords one
clause, adds one and sometimes removes one), then times a full build, an unchanged
rebuild, and a rebuild after one new change.

Run from the repo root:  .venv/bin/python benchmarks/site.py [--sources 200 --changes 50]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages import seed_names  # noqa: E402
from tests.test_site import blocks_of, word_ops  # noqa: E402
from tracker.config import parse_config  # noqa: E402
from tracker.models import Block, BlockDiff, Change, EffectiveDate, Modified  # noqa: E402
from tracker.site import build_site  # noqa: E402
from tracker.store import Store, content_hash  # noqa: E402

START = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def make_config(sources: int):
    text = '[site]\ntitle = "Benchmark"\nurl = "https://example.org/"\n'
    for i in range(sources):
        text += f'[[sources]]\nid = "s{i:03d}"\nname = "Policy {i}"\n'
        text += f'url = "https://example.org/policy/{i}"\n'
    return parse_config(text, None)


def fill(store: Store, sources: int, changes: int) -> None:
    """Versions and changes for every source, inserted directly (no fetching)."""
    seeds = [blocks_of(name) for name in seed_names()]
    with store.transaction():
        for i in range(sources):
            sid = f"s{i:03d}"
            blocks = [Block("heading", f"Policy {i}", 1), *seeds[i % len(seeds)]]
            seen = START + dt.timedelta(hours=i)
            prev = _version(store, sid, blocks, seen)
            for n in range(changes):
                seen += dt.timedelta(days=7)
                blocks, diff = _edit(blocks, n)
                version = _version(store, sid, blocks, seen)
                effective = None
                if n % 3 == 0:
                    day = (seen + dt.timedelta(days=30)).date()
                    effective = EffectiveDate(day, f"These changes take effect on {day}.")
                store.add_change(
                    Change(sid, seen, prev, version, diff, effective,
                           kind="substantive" if n % 4 else "editorial",
                           summary=f"Clause {n % len(blocks) + 1} reworded, one added")
                )  # fmt: skip
                prev = version


def _version(store: Store, sid: str, blocks: list[Block], seen: dt.datetime) -> int:
    text = "\n\n".join(b.text for b in blocks).encode("utf-8")
    digest = store.put_body(text, "text/plain; charset=utf-8")
    chash = content_hash([b.text for b in blocks])
    return store.add_version(sid, blocks, chash, seen_at=seen, body_hash=digest).id


def _edit(blocks: list[Block], n: int) -> tuple[list[Block], BlockDiff]:
    blocks = list(blocks)
    index = n % len(blocks)
    before = blocks[index].text
    after = f"{before} (amended in revision {n + 1})"
    blocks[index] = Block(blocks[index].kind, after, blocks[index].level)
    added = f"Revision {n + 1} adds this clause about notice periods and consent."
    blocks.append(Block("paragraph", added))
    diff = BlockDiff(added=[added], modified=[Modified(before, after, word_ops(before, after))])
    if n % 5 == 4:
        diff.removed.append(blocks.pop(0).text)
    return blocks, diff


def timed(label: str, action) -> float:
    began = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - began
    print(f"{label:<28} {elapsed:7.2f} s   {result}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--changes", type=int, default=50)
    args = parser.parse_args()
    config = make_config(args.sources)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        store.sync_sources(config.sources)
        timed("fill database", lambda: fill(store, args.sources, args.changes))
        out = Path(tmp) / "site"
        today = dt.date(2021, 1, 1)
        full = timed("full build", lambda: build_site(store, config, out, today=today))
        pages = sum(1 for p in out.rglob("*") if p.is_file())
        timed("rebuild, nothing changed", lambda: build_site(store, config, out, today=today))
        last = store.changes("s000")[-1]
        last.id, last.summary = None, "One more change"
        store.add_change(last)
        timed("rebuild after one change", lambda: build_site(store, config, out, today=today))
        total = args.sources * args.changes
        print(f"{total:,} changes, {pages:,} files: {pages / full:,.0f} pages per second")


if __name__ == "__main__":
    main()
