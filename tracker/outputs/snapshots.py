"""The snapshots/ mirror: the latest text of each source as one Markdown file.

A file changes only when its source gets a new version (no check times inside), so the
git history of the folder reads as a redline of the policies.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from tracker.models import Block, Source, Version
from tracker.store import Store, iso


def render_markdown(source: Source, version: Version) -> str:
    lines = [
        f"# {source.name}",
        "",
        f"<!-- source: {source.id} | url: {source.url} | version: {version.id} | "
        f"first seen: {iso(version.first_seen)} -->",
        "",
    ]
    for block in version.blocks:
        lines.append(_block_markdown(block))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _block_markdown(block: Block) -> str:
    text = block.text.replace("\n", " ")
    if block.kind == "heading":
        return "#" * min(6, max(2, block.level + 1)) + " " + text
    if block.kind == "item":
        return "  " * max(0, block.level - 1) + "- " + text
    if block.kind == "row":
        return "| " + text + " |"
    return text


def write_snapshots(store: Store, sources: Sequence[Source], directory: str | Path) -> list[Path]:
    """Write each source's latest version; returns the files that were (re)written."""
    directory = Path(directory)
    written: list[Path] = []
    for source in sources:
        version = store.latest_version(source.id)
        if version is None:
            continue
        path = directory / f"{source.id}.md"
        text = render_markdown(source, version)
        if path.exists() and path.read_text("utf-8") == text:
            continue
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".md.tmp")
        tmp.write_text(text, "utf-8")
        os.replace(tmp, path)  # atomic: a reader never sees half a file
        written.append(path)
    return written
