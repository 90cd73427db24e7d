"""The tree tells the pipeline's story: checked on the import graph, read with `ast`.

Stages, lowest first (data flows down this list):

    fetch < extract < compare < store < outputs < history

`compare` includes `compare/facts/` (the facts of a change are read from its diff and
effective date, and `compare.detect` puts them on the change).  A module of a stage may
import its own stage, any lower stage and the base modules (`tracker` itself for
`__version__`, `models`, `config`, `errors`); never a higher stage, and never the two
modules on top: `tracker.pipeline` (the orchestrator of one check) and `tracker.cli`.
The base modules import only each other.  Only `tracker.cli` imports `tracker.pipeline`.

Sizes: no module over 400 lines, no class over 250 lines (no exceptions).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"
STAGES = ["fetch", "extract", "compare", "store", "outputs", "history"]
BASE = {"tracker", "tracker.models", "tracker.config", "tracker.errors"}
TOP = {"tracker.pipeline", "tracker.cli", "tracker.__main__", "tracker.init"}
MAX_MODULE_LINES = 400
MAX_CLASS_LINES = 250


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """Every tracker module `name` imports, at the top or inside a function."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # `from tracker.compare import detect` imports the module tracker.compare.detect
            found.update(f"{target}.{a.name}" for a in node.names
                         if f"{target}.{a.name}" in MODULES)
    return {m for m in found if m == "tracker" or m.startswith("tracker.")}


def stage_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_every_module_is_placed():
    """A new module goes in a stage, or is one of the few base or top modules."""
    loose = [n for n in MODULES if stage_of(n) is None and n not in BASE | TOP]
    assert not loose, f"modules outside the stages: {loose}"


@pytest.mark.parametrize("name", [n for n in MODULES if stage_of(n)])
def test_a_stage_imports_only_lower_stages(name: str):
    rank = STAGES.index(stage_of(name))
    wrong = []
    for target in imports_of(name):
        if target in TOP:
            wrong.append(f"{target} (the top: nothing in a stage imports it)")
        elif (stage := stage_of(target)) is not None and STAGES.index(stage) > rank:
            wrong.append(f"{target} (stage {stage} is above {stage_of(name)})")
    assert not wrong, f"{name} imports " + ", ".join(sorted(wrong))


def test_base_modules_import_no_stage():
    for name in BASE:
        outside = {t for t in imports_of(name) if t not in BASE}
        assert not outside, f"{name} imports {sorted(outside)}"


def test_only_the_cli_runs_the_pipeline():
    users = [n for n in MODULES if "tracker.pipeline" in imports_of(n)]
    assert users == ["tracker.cli"]


def test_sizes():
    too_long = []
    for name, path in MODULES.items():
        text = path.read_text("utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                size = node.end_lineno - node.lineno + 1
                if size > MAX_CLASS_LINES:
                    too_long.append(f"{name}.{node.name}: class of {size} lines")
    assert not too_long, "; ".join(too_long)


def test_site_digests_cover_files_that_exist():
    """The site's generator key hashes code by path: a moved file must not drop out."""
    from tracker.outputs import sitedigests

    missing = [rel for rel in sitedigests._CODE if not (PACKAGE / rel).is_file()]
    assert not missing, f"sitedigests._CODE names missing files: {missing}"
    store_modules = {p.relative_to(PACKAGE).as_posix() for p in (PACKAGE / "store").glob("*.py")}
    left_out = store_modules - set(sitedigests._CODE) - {"store/outcomes.py", "store/datasette.py"}
    assert not left_out, f"store modules the site digest does not cover: {left_out}"


def test_help_imports_no_heavy_library():
    """`tracker --help` loads click and the base modules only: the store (sqlite-utils),
    the fetcher (httpx) and the extractor (selectolax) are imported by the commands that
    use them, so start-up stays quick."""
    import subprocess
    import sys

    code = ("import sys, tracker.cli; "
            "print(' '.join(sorted(m for m in sys.modules if '.' not in m)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.split()
    heavy = {"sqlite_utils", "httpx", "selectolax", "jinja2", "apprise", "babel"} & set(loaded)
    assert not heavy, f"imported by `tracker --help`: {sorted(heavy)}"
