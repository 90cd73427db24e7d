"""The optional free-text summary of each change, written by a command the user chooses.

    [summary]
    command = "llm -s 'Summarise this policy change for a compliance team'"
    timeout = 60        # seconds (default 60)

The command (a string split like a shell would, or a list) reads the change as JSON on
stdin (`tracker.models.change_record`, plus `source_name` and `source_url`) and prints the
summary; its stdout, stripped and cut to MAX_CHARS, is stored with the change and shown
in notifications and on the site.  A summary is asked for once per live change (not for
backfilled, re-extracted, date-only or technical ones): a change that has one (even an
empty one) is never sent again.  Nothing runs unless `command` is set,
and a command that fails, exits non-zero or times out never stops a run or a
notification: the change is left without a summary (tried again next run) and one line
says which source and what went wrong.  A timeout ends this run's summaries, so a hung
command costs one timeout per run, not one per change.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.config import Config
from tracker.models import change_record
from tracker.store import Store

MAX_CHARS = 4000
DEFAULT_TIMEOUT = 60.0


class SummaryFailed(Exception):
    """The command gave no summary; the message says why, in a few words."""


class SummaryTimeout(SummaryFailed):
    pass


@dataclass
class SummaryResult:
    written: int = 0
    problems: list[str] = field(default_factory=list)


def summary_command(config: Config) -> list[str] | None:
    """The configured command as an argument list, or None when none is configured."""
    command = config.summary.get("command")
    if isinstance(command, str):
        return shlex.split(command) or None
    if isinstance(command, list) and command:
        return [str(part) for part in command]
    return None


def summarize_changes(
    store: Store, config: Config, *, echo: Callable[[str], None] = print
) -> SummaryResult:
    """Ask the command for a summary of every change that has none yet, oldest first."""
    result = SummaryResult()
    command = summary_command(config)
    if command is None:
        return result
    timeout = float(config.summary.get("timeout", DEFAULT_TIMEOUT))
    names = {s.id: s for s in config.sources}
    for change in store.changes_to_summarize():
        source = names.get(change.source)
        record = {
            **change_record(change),
            "source_name": source.name if source else None,
            "source_url": source.url if source else None,
        }
        try:
            text = run_command(command, json.dumps(record, ensure_ascii=False), timeout)
        except SummaryFailed as exc:
            line = f"summary: {change.source}: change #{change.id}: {exc}"
            result.problems.append(line)
            echo(line)
            if isinstance(exc, SummaryTimeout):
                break
            continue
        assert change.id is not None
        with store.transaction():
            store.set_narrative(change.id, text)
        result.written += 1
    return result


def run_command(command: list[str], data: str, timeout: float) -> str:
    """Run `command` with `data` on stdin; its stdout, stripped and capped.

    The command runs in a session of its own so that a timeout ends it and anything it
    started (a shell's children would otherwise hold the pipes open)."""
    try:
        proc = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            start_new_session=True,
        )  # fmt: skip
    except OSError as exc:
        raise SummaryFailed(f"cannot run the summary command: {exc.strerror or exc}") from None
    try:
        out, err = proc.communicate(data.encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise SummaryTimeout(f"the summary command timed out after {timeout:g}s") from None
    if proc.returncode != 0:
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        detail = f": {last[0][:200]}" if last[0] else ""
        raise SummaryFailed(f"the summary command exited with {proc.returncode}{detail}")
    text = out.decode("utf-8", "replace").strip()
    return text[:MAX_CHARS].rstrip() + "…" if len(text) > MAX_CHARS else text


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """End the command and its process group, then collect it (closing the pipes)."""
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover - Windows
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:  # a grandchild left the group and holds a pipe
        pass
