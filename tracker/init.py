"""`tracker init`: scaffold a repository that tracks policies on GitHub by itself."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from tracker.errors import TrackerError

HEADER = """# Sources tracked by policy-tracker. Each [[sources]] table: id, name, url, and
# optionally select / remove (CSS selectors) and kind = "changelog".
# [site]
# url = "https://YOUR-NAME.github.io/YOUR-REPO"   # links in notifications and feeds
# [notify]
# urls = []   # apprise URLs; secrets belong in the TRACKER_NOTIFY repository secret

"""


def _scaffold(name: str) -> str:
    return resources.files("tracker").joinpath("scaffold", name).read_text("utf-8")


def files() -> dict[str, str]:
    """Relative path -> content of everything `init` writes."""
    catalog = resources.files("tracker").joinpath("catalog.toml").read_text("utf-8")
    body = "\n".join(line for line in catalog.splitlines() if not line.startswith("#"))
    return {
        "tracker.toml": HEADER + body.strip() + "\n",
        ".github/workflows/track.yml": _scaffold("track.yml"),
        "README.md": _scaffold("README.md"),
        ".gitignore": _scaffold("gitignore"),
        "snapshots/.gitkeep": "",
    }


def init_repo(target: Path, *, force: bool = False) -> list[Path]:
    """Write the scaffold into `target`; refuse to overwrite files unless `force`."""
    planned = {target / rel: text for rel, text in files().items()}
    existing = [p for p in planned if p.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise TrackerError(f"{target}: would overwrite {names} (use --force)")
    for path, text in planned.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return list(planned)
