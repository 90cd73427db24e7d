"""Site build speed: 200 sources with 50 changes each (10,000 change pages), against the
build as it was before pages were skipped (`--baseline`, a git revision), in the same run.

Fills a database with versions built from the seed documents (each change rewords one
clause, adds one and sometimes removes one), then times a full build, an unchanged
rebuild, and a rebuild after one new change (the newest of the site, with an effective
date: its page, the previous change's pager, its source's page and feed, the home page
and the three site feeds must follow).  The baseline (the code of that revision, from
`git archive`) and this checkout each run the steps in a process of their own, taking
turns for `--repeat` rounds, and the best time of each step counts: on a shared machine
load comes and goes, and turns spread it over both.  Both end with the same database, so
their sites must end byte for byte identical, and that is checked.

Run from the repo root:  .venv/bin/python benchmarks/site.py [--sources 200 --changes 50]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The code measured: this checkout, or (in the baseline's process) an exported revision.
ROOT = Path(os.environ.get("SITE_BENCH_ROOT") or HERE.parent)
sys.path.insert(0, str(ROOT))
if os.environ.get("SITE_BENCH_ROOT"):
    # Only the exported revision: an editable install's finder would hand out this
    # checkout's modules for any name the revision does not have.
    sys.meta_path[:] = [f for f in sys.meta_path
                        if not getattr(f, "__module__", "").startswith("__editable__")]

from tests.pages import seed_names  # noqa: E402
from tests.test_site import blocks_of, word_ops  # noqa: E402
from tracker.config import parse_config  # noqa: E402
from tracker.models import Block, BlockDiff, Change, EffectiveDate, Modified  # noqa: E402
from tracker.store import Store, content_hash  # noqa: E402

if (ROOT / "tracker" / "outputs").is_dir():
    from tracker.outputs.site import build_site
else:  # the baseline revision: one flat package
    from tracker.site import build_site  # type: ignore[no-redef]

# The last revision whose site build rendered every page.
BASELINE = "71a770eeaa624aa474db103b78a552b0b2775f50"
START = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
TODAY = dt.date(2021, 1, 1)
STEPS = ("full build", "rebuild, nothing changed", "rebuild after one change")


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


def add_one_change(store: Store, n: int) -> None:
    """A new version of s000 and its change, the newest of the site, with a date ahead."""
    latest = store.latest_version("s000")
    assert latest is not None
    seen = START + dt.timedelta(days=7 * (n + 2))
    blocks, diff = _edit(list(latest.blocks), n)
    version = _version(store, "s000", blocks, seen)
    day = (seen + dt.timedelta(days=30)).date()
    effective = EffectiveDate(day, f"These changes take effect on {day}.")
    store.add_change(
        Change("s000", seen, latest.id, version, diff, effective, kind="substantive",
               summary="One more change")
    )  # fmt: skip


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


def measure(sources: int, changes: int, folder: Path) -> dict:
    """The three builds with the code on sys.path; the site is left in folder/site."""
    config = make_config(sources)
    store = Store(folder / "bench.db")
    store.sync_sources(config.sources)
    fill(store, sources, changes)
    out = folder / "site"
    figures: dict = {"seconds": [], "results": [], "rendered": []}

    def timed() -> None:
        began = time.perf_counter()
        result = build_site(store, config, out, today=TODAY)
        figures["seconds"].append(time.perf_counter() - began)
        figures["results"].append(str(result))
        figures["rendered"].append(getattr(result, "rendered", None))

    timed()
    figures["files"] = sum(1 for p in out.rglob("*") if p.is_file() and _published(p, out))
    timed()
    add_one_change(store, changes)
    timed()
    return figures


def _published(path: Path, out: Path) -> bool:
    return not path.relative_to(out).parts[0].startswith(".")


def export(revision: str, tree: Path) -> None:
    """The code of `revision` (package, templates, test helpers) into `tree`."""
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(HERE.parent), "archive", revision, "tracker", "templates", "tests"],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)


def run(root: Path, args: argparse.Namespace, folder: Path) -> dict:
    """The steps with the code under `root`, in a process of its own."""
    env = {**os.environ, "SITE_BENCH_ROOT": str(root)}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", str(folder),
           "--sources", str(args.sources), "--changes", str(args.changes)]  # fmt: skip
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def same_files(a: Path, b: Path) -> tuple[bool, int]:
    """Whether two sites hold the same published files, byte for byte."""
    names_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file() and _published(p, a)}
    names_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file() and _published(p, b)}
    if names_a != names_b:
        print("  files in one site only:", ", ".join(sorted(map(str, names_a ^ names_b))[:10]))
        return False, len(names_a ^ names_b)
    differ = sorted(str(n) for n in names_a if (a / n).read_bytes() != (b / n).read_bytes())
    if differ:
        print("  files that differ:", ", ".join(differ[:10]))
    return not differ, len(differ) or len(names_a)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3, help="rounds (the best counts)")
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare with")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # a round's folder
    args = parser.parse_args()
    if args.measure:
        args.measure.mkdir(parents=True)
        print(json.dumps(measure(args.sources, args.changes, args.measure)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        export(args.baseline, work / "baseline-code")
        roots = {"baseline": work / "baseline-code", "now": HERE.parent}
        best: dict[str, dict] = {}
        for round_ in range(args.repeat):
            for name, root in roots.items():
                print(f"round {round_ + 1}/{args.repeat}: {name} ...", flush=True)
                folder = work / f"{name}-{round_}"
                figures = run(root, args, folder)
                if name in best:
                    figures["seconds"] = list(map(min, best[name]["seconds"], figures["seconds"]))
                    shutil.rmtree(work / f"{name}-{round_ - 1}")  # keep the last site only
                best[name] = figures
        report(args, best["baseline"], best["now"])
        last = args.repeat - 1
        same, count = same_files(work / f"baseline-{last}/site", work / f"now-{last}/site")
        verdict = f"yes ({count:,} files)" if same else f"NO ({count:,} files differ)"
        print(f"final sites byte for byte identical: {verdict}")


def report(args: argparse.Namespace, baseline: dict, now: dict) -> None:
    total = args.sources * args.changes
    print(f"\n{args.sources} sources x {args.changes} changes ({total:,} change pages, "
          f"{now['files']:,} files), best of {args.repeat} rounds")  # fmt: skip
    print(f"{'':<28} {'baseline':>9} {'now':>8} {'now/baseline':>13}   now wrote")
    for i, step in enumerate(STEPS):
        old, new = baseline["seconds"][i], now["seconds"][i]
        print(f"{step:<28} {old:>7.2f} s {new:>6.2f} s {new / old:>12.2f}x   {now['results'][i]}")
    full, unchanged, one = now["seconds"]
    print(f"full build: {now['files'] / full:,.0f} pages per second")
    rendered = now["rendered"][2] or []
    print(f"the new change rendered {len(rendered)} files: {', '.join(sorted(rendered))}")
    no_slower = _yes(full <= baseline["seconds"][0])
    print(f"targets: unchanged rebuild < 1 s: {_yes(unchanged < 1)}; one new change < 2 s: "
          f"{_yes(one < 2)}; full build no slower than the baseline: {no_slower}")  # fmt: skip


def _yes(ok: bool) -> str:
    return "yes" if ok else "NO"


if __name__ == "__main__":
    main()
