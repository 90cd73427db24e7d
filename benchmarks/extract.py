"""Per-page extraction cost by engine, on the pages check.py serves (pageserver.py).

  lxml       the extractor before the rewrite (tracker/extract_reference.py): a libxml2
             parse; `select` through a BeautifulSoup tree and soupsieve, mapped back to
             lxml's elements
  cssselect  the same libxml2 parse and walk, `select` compiled to XPath (lxml.cssselect;
             skipped when cssselect is not installed)
  lexbor     tracker/extract/html.py: one Lexbor parse; selectors, junk and text lengths in C

Without `select` (the content root found by text density) and with `select = "article"`.
Columns are CPU milliseconds per page (best of --repeat): parse; select (the selectors,
BeautifulSoup included); density (junk, hidden elements, furniture, content root); walk
(the blocks); and the whole extract_blocks call.
Usage: .venv/bin/python benchmarks/extract.py [--pages 60] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pageserver import build_pages  # noqa: E402

from tests import extract_reference as ref  # noqa: E402  (the extractor before Lexbor)
from tracker.extract import density as extract_density  # noqa: E402
from tracker.extract import html as extract  # noqa: E402
from tracker.extract import walk as extract_walk  # noqa: E402

PHASES = ("parse", "select", "density", "walk")


def lxml_phases(html: str, select: str | None, clock: dict) -> None:
    doc = _tick(clock, "parse", ref._parse, html)
    if select:
        _, picked = _tick(clock, "select", ref._selected, doc, html, [select], [], "b")
        root = picked[0]
    else:
        root = ref._body(doc)
    root = _tick(clock, "density", _lxml_density, root, not select)
    _tick(clock, "walk", lambda: ref._Walker().element(root, 0))


def _lxml_density(root, auto: bool):
    ref._strip_junk(root)
    ref._drop_furniture(root, ref._Sizes())
    return ref._content_root(root, ref._Sizes()) if auto else root


def cssselect_phases(html: str, select: str | None, clock: dict) -> None:
    from lxml.cssselect import CSSSelector

    doc = _tick(clock, "parse", ref._parse, html)
    if select:
        root = _tick(clock, "select", lambda: CSSSelector(select)(doc)[0])
    else:
        root = ref._body(doc)
    root = _tick(clock, "density", _lxml_density, root, not select)
    _tick(clock, "walk", lambda: ref._Walker().element(root, 0))


def lexbor_phases(html: str, select: str | None, clock: dict) -> None:
    page = _tick(clock, "parse", extract._parse, html)
    if select:
        root = _tick(clock, "select", extract._selected, page, [select], [], "b")[0]
    else:
        root = extract._body(page.root)
    root = _tick(clock, "density", _lexbor_density, root, not select)
    _tick(clock, "walk", extract_walk.walk, root)


def _lexbor_density(root, auto: bool):
    extract_density.strip_junk(root)
    extract_density.drop_furniture(root, extract_density.Sizes())
    if auto:
        return extract_density.content_root(root, extract_density.Sizes())
    return root


def _tick(clock: dict, phase: str, fn, *args):
    started = time.thread_time()
    result = fn(*args)
    clock[phase] = clock.get(phase, 0.0) + time.thread_time() - started
    return result


def measure(pages: list[str], repeat: int) -> None:
    engines = [("lxml", lxml_phases, ref.extract_blocks),
               ("cssselect", cssselect_phases, ref.extract_blocks),
               ("lexbor", lexbor_phases, extract.extract_blocks)]
    try:
        import lxml.cssselect  # noqa: F401
    except ImportError:
        engines.pop(1)
    print(f"{len(pages)} pages, {sum(map(len, pages)) / len(pages) / 1000:.0f} KB on average;"
          " CPU ms per page, best of", repeat)
    print(f"{'':28}" + "".join(f"{p:>9}" for p in (*PHASES, "total")))
    for select in (None, "article"):
        for name, phases, whole in engines:
            if name == "cssselect" and not select:
                continue  # the lxml extractor itself
            best: dict[str, float] = {}
            for _ in range(repeat if name != "lxml" or not select else 1):
                clock: dict[str, float] = {}
                for html in pages:
                    phases(html, select, clock)
                started = time.thread_time()
                for html in pages:
                    if name != "cssselect":  # not an extractor: its total is its phases
                        whole(html, select=[select] if select else ())
                clock["total"] = time.thread_time() - started
                for key, value in clock.items():
                    best[key] = min(best.get(key, value), value)
            if name == "cssselect":
                best["total"] = sum(best.get(p, 0.0) for p in PHASES)
            label = f"{name}, {'select = ' + repr(select) if select else 'no select'}"
            print(f"{label:28}" + "".join(
                f"{best.get(p, 0.0) / len(pages) * 1000:9.3f}" for p in (*PHASES, "total")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = [p.decode() for p in build_pages(args.pages)]
    measure(pages, args.repeat)


if __name__ == "__main__":
    main()
