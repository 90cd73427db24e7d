"""The package as a user gets it: an sdist and a wheel built with no warning, both
passing `twine check`, and the wheel installed into a fresh virtual environment (not the
checkout) where `tracker --version`, `init`, `check` and `site` work.

Offline and fast: the build runs without isolation (setuptools comes from the test
extras), and the fresh environment sees this one's dependencies through a .pth line.
A plain path in a .pth adds that folder only: the checkout's editable-install hook in
it is not run, so nothing but the wheel provides `tracker`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.pages import render_page, seed_blocks
from tests.server import Reply
from tracker import __version__

ROOT = Path(__file__).resolve().parent.parent
# What a build reads from the checkout; the build runs on a copy, so the checkout gets
# no build/ or *.egg-info.
BUILD_INPUTS = ["pyproject.toml", "README.md", "LICENSE", "tracker", "templates"]
WARNING = re.compile(r"(?i)\bwarn(?:ing)?\b|deprecat")
FILE_LINE = re.compile(r"\s*(?:copying|adding|creating|writing|reading|removing) ")  # a path


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that points Python at the checkout."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONDONTWRITEBYTECODE", "VIRTUAL_ENV")
           and not k.startswith("TRACKER_")}
    return {**env, **extra}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel built from a copy of the checkout; the build's output."""
    work = tmp_path_factory.mktemp("package")
    src = work / "src"
    src.mkdir()
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, src / name)
    out = work / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(src)],
        cwd=work, env=clean_env(), capture_output=True, text=True, timeout=120)
    log = build.stdout + build.stderr
    assert build.returncode == 0, log
    warnings = [ln for ln in log.splitlines() if WARNING.search(ln) and not FILE_LINE.match(ln)]
    assert warnings == [], log
    return out


def test_sdist_and_wheel_pass_twine_check(dist: Path):
    files = sorted(dist.iterdir())
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    check = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
                           env=clean_env(), capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("PASSED") == 2


def test_wheel_holds_every_module_template_and_scaffold_file(dist: Path):
    [wheel] = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {f"tracker/{p.relative_to(ROOT / 'tracker').as_posix()}"
              for p in (ROOT / "tracker").rglob("*")
              if p.is_file() and "__pycache__" not in p.parts}
    wanted |= {f"tracker/templates/{p.relative_to(ROOT / 'templates').as_posix()}"
               for p in (ROOT / "templates").rglob("*")
               if p.is_file() and not p.name.startswith(".")}
    assert "tracker/templates/site/base.html" in wanted
    missing = sorted(wanted - names)
    folders = sorted({name.rpartition("/")[0].replace("/", ".") for name in missing})
    assert missing == [], (f"missing from the wheel: {missing}; add {folders} to "
                           "[tool.setuptools] packages in pyproject.toml")
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; its bin/ folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=60)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    [wheel] = dist.glob("*.whl")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--no-compile", "--disable-pip-version-check", str(wheel)],
        env=clean_env(), capture_output=True, text=True, timeout=120)
    assert install.returncode == 0, install.stdout + install.stderr
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "test-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return bindir


def tracker(bindir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bindir / "tracker"), *args], cwd=cwd, env=clean_env(),
                          capture_output=True, text=True, timeout=120)


def test_installed_wheel_runs_version_init_check_and_site(installed: Path, server,
                                                          tmp_path: Path):
    where = subprocess.run(
        [str(installed / "python"), "-c",
         "import tracker, tracker.templates; print(tracker.__file__); "
         "print(list(tracker.templates.__path__)[0])"],
        cwd=tmp_path, env=clean_env(), capture_output=True, text=True, check=True)
    venv = installed.parent.resolve()
    for line in where.stdout.splitlines():  # the wheel's copy, not the checkout's
        assert Path(line).resolve().is_relative_to(venv), where.stdout

    version = tracker(installed, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"tracker, version {__version__}"

    repo = tmp_path / "my-policies"
    init = tracker(installed, "init", str(repo), cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    assert (repo / ".github/workflows/track.yml").is_file()
    assert "[[sources]]" in (repo / "tracker.toml").read_text()

    server.routes["/terms"] = Reply(200, render_page(seed_blocks("sms-not-allowed"),
                                                     title="Terms", variant=1))
    (repo / "tracker.toml").write_text(
        "[settings]\nconfirm_delay = 0\ntimeout = 5\n"
        f'[[sources]]\nid = "terms"\nname = "Terms"\nurl = "{server.url("/terms")}"\n')
    check = tracker(installed, "check", cwd=repo)
    assert check.returncode == 0, check.stderr
    assert "1 first" in check.stdout

    site = tracker(installed, "site", "--out", "site", cwd=repo)
    assert site.returncode == 0, site.stderr
    assert "No one likes SPAM" in (repo / "site/sources/terms.html").read_text()
    assert (repo / "site/index.html").is_file() and (repo / "site/style.css").is_file()
