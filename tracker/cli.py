"""The `tracker` command: parse options, call the library, print.  No logic of its own.

Exit codes: 0 ok; 1 some sources failed (fetch error, suspect page) or a delivery failed;
2 bad usage or config.  Library errors become one line on stderr, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tracker import __version__
from tracker.config import Config, load_config
from tracker.errors import TrackerError
from tracker.models import SEVERITIES, change_record, matches

if TYPE_CHECKING:  # sqlite-utils is imported on first use: `tracker --help` stays quick
    from tracker.store import Store

CONFIG_HELP = "Config file (TOML). Default ./tracker.toml, else the bundled Twilio catalog."
DB_HELP = "SQLite database file."


class Context:
    """Lazily opened config and store, shared by a command's steps."""

    def __init__(self, config_path: str | None, db_path: str) -> None:
        self.config_path = config_path
        self.db_path = db_path

    @functools.cached_property
    def config(self) -> Config:
        return load_config(self.config_path)

    @functools.cached_property
    def store(self) -> Store:
        from tracker.store import Store

        return Store(self.db_path)


def common(func: Callable[..., Any]) -> Callable[..., Any]:
    """--config and --db on every command, and library errors turned into messages."""

    @click.option("--config", "config_path", envvar="TRACKER_CONFIG", help=CONFIG_HELP,
                  type=click.Path(dir_okay=False))
    @click.option("--db", "db_path", envvar="TRACKER_DB", default="tracker.db",
                  show_default=True, help=DB_HELP, type=click.Path(dir_okay=False))
    @functools.wraps(func)
    def wrapper(config_path: str | None, db_path: str, **kwargs: Any) -> Any:
        ctx = Context(config_path, db_path)
        try:
            _ = ctx.config  # validate first: a config mistake is reported before any work
            return func(ctx, **kwargs)
        except TrackerError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except sqlite3.DatabaseError as exc:
            click.echo(f"Error: {db_path}: database problem: {exc}", err=True)
            sys.exit(2)

    return wrapper


@click.group()
@click.version_option(__version__, prog_name="tracker")
def main() -> None:
    """Track legal and policy pages: versions, clause-level changes, effective dates."""


# -- check / run ----------------------------------------------------------------------
def _progress_printer(total: int) -> Callable[[Any], None]:
    """One line per finished source; a counter on a terminal, plain lines when piped."""
    done = [0]
    tty = sys.stderr.isatty()

    def show(item: Any) -> None:
        done[0] += 1
        if item.failed or item.changes or not tty:
            line = f"{item.source}: {item.outcome}"
            if item.message:
                line += f": {item.message}"
            if item.changes:
                line += " - " + "; ".join(c.summary for c in item.changes)
            if tty:
                click.echo("\r\033[K", nl=False, err=True)
            click.echo(line, err=True)
        if tty:
            click.echo(f"\r\033[K[{done[0]}/{total}] {item.source}", nl=False, err=True)

    return show


def _do_check(ctx: Context, sources: tuple[str, ...], quiet: bool) -> int:
    from tracker.fetch.http import load_tls_soon

    load_tls_soon(ctx.config.settings.http)  # while the pipeline and the database load
    from tracker.pipeline import check

    config, store = ctx.config, ctx.store
    total = len(sources) or len(config.sources)
    report = check(config, store, only=sources or None,
                   progress=None if quiet else _progress_printer(total))
    if not quiet and sys.stderr.isatty():
        click.echo("\r\033[K", nl=False, err=True)
    click.echo(report.summary())
    if quiet:  # otherwise the progress lines have already named each failure
        for item in report.failed:
            click.echo(f"  {item.source}: {item.outcome}: {item.message}", err=True)
    return 1 if report.failed else 0


@main.command("check")
@click.argument("sources", nargs=-1)
@click.option("--quiet", "-q", is_flag=True, help="Only the summary line.")
@common
def check_cmd(ctx: Context, sources: tuple[str, ...], quiet: bool) -> None:
    """Fetch the sources (all, or those named) and record new versions and changes."""
    sys.exit(_do_check(ctx, sources, quiet))


@main.command("run")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary lines.")
@click.option("--snapshots", "snapshots_dir", type=click.Path(file_okay=False),
              help="Folder for the Markdown mirror (default: [settings] snapshots_dir).")
@click.option("--site-dir", type=click.Path(file_okay=False), default="site", show_default=True,
              help="Where to build the static site.")
@click.option("--no-site", is_flag=True, help="Do not build the site.")
@click.option("--no-notify", is_flag=True, help="Do not send notifications.")
@common
def run_cmd(ctx: Context, quiet: bool, snapshots_dir: str | None, site_dir: str,
            no_site: bool, no_notify: bool) -> None:
    """The main job: check every source, update snapshots/, build the site, notify."""
    from tracker.outputs.narrative import summarize_changes
    from tracker.outputs.snapshots import write_snapshots

    code = _do_check(ctx, (), quiet)
    summarize_changes(ctx.store, ctx.config, echo=lambda line: click.echo(line, err=True))
    ctx.store.refresh_search()
    folder = snapshots_dir or ctx.config.settings.snapshots_dir
    written = write_snapshots(ctx.store, ctx.config.sources, folder)
    click.echo(f"Snapshots: {len(written)} file(s) updated in {folder}/")
    if not no_site:
        code = max(code, _build_site(ctx, site_dir, None))
    if not no_notify:
        code = max(code, _notify(ctx, dry_run=False, quiet=quiet))
    sys.exit(code)


def _build_site(ctx: Context, out: str, templates: str | None) -> int:
    from tracker.outputs.site import build_site

    result = build_site(ctx.store, ctx.config, Path(out),
                        templates=Path(templates) if templates else None)
    click.echo(f"Site: {result} in {out}/")
    return 0


def _notify(ctx: Context, *, dry_run: bool, quiet: bool) -> int:
    from tracker.outputs.notify import notify_pending

    result = notify_pending(ctx.store, ctx.config, dry_run=dry_run, echo=click.echo)
    if not quiet or result.failed:
        click.echo(f"Notify: {result}")
    return 1 if result.failed or result.problems else 0


# -- reading ----------------------------------------------------------------------------
def _parse_since(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@main.command("changes")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of change records.")
@click.option("--source", "sources", multiple=True, help="Only this source (repeatable).")
@click.option("--since", help="Only changes detected on or after this date (YYYY-MM-DD).")
@click.option("--kind", "kinds", multiple=True,
              help="Only these kinds: substantive, date-only, editorial, technical.")
@click.option("--country", "countries", multiple=True,
              help="Only changes about this country (ISO code such as BR, or EU; repeatable).")
@click.option("--product", "products", multiple=True,
              help="Only changes about this product (repeatable).")
@click.option("--min-severity", type=click.Choice(SEVERITIES),
              help="Only changes at least this severe (obligation > substantive > editorial "
                   "> date-only > technical).")
@common
def changes_cmd(ctx: Context, as_json: bool, sources: tuple[str, ...], since: str | None,
                kinds: tuple[str, ...], countries: tuple[str, ...], products: tuple[str, ...],
                min_severity: str | None) -> None:
    """List recorded changes, oldest first."""
    changes = ctx.store.changes(source=list(sources) or None, since=_parse_since(since),
                                kinds=list(kinds) or None)
    changes = [c for c in changes if matches(c, countries, products, min_severity)]
    if as_json:
        click.echo(json.dumps([change_record(c) for c in changes], indent=2,
                              ensure_ascii=False))
        return
    if not changes:
        click.echo("No changes recorded.")
        return
    from tracker.outputs.status import change_line

    for c in changes:
        click.echo(change_line(c))


@main.command("facts")
@click.argument("sources", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Recompute facts of every change, not "
              "only of those that have none.")
@common
def facts_cmd(ctx: Context, sources: tuple[str, ...], every: bool) -> None:
    """Compute the facts (severity, quantities, obligations, deadlines, countries,
    products) of stored changes that have none: backfilled or older databases."""
    from tracker.history.reextract import recompute_facts

    count = recompute_facts(ctx.store, ctx.config, sources or None, every=every)
    click.echo(f"Facts computed for {count} change(s).")


@main.command("diff")
@click.argument("source")
@click.argument("from_version", required=False, type=int)
@click.argument("to_version", required=False, type=int)
@click.option("--json", "as_json", is_flag=True, help="The diff with word-level operations.")
@click.option("--color/--no-color", default=None, help="Colour (default: on a terminal).")
@common
def diff_cmd(ctx: Context, source: str, from_version: int | None, to_version: int | None,
             as_json: bool, color: bool | None) -> None:
    """Redline between two versions of SOURCE (default: the last two)."""
    from tracker.compare.diff import diff_blocks, diff_to_json, render_redline

    old, new = ctx.store.version_pair(source, from_version, to_version)
    diff = diff_blocks(old.blocks, new.blocks)
    if as_json:
        data = {"source": source, "from_version": old.id, "to_version": new.id,
                **diff_to_json(diff)}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(f"{source}: version {old.id} -> {new.id}")
    click.echo(render_redline(diff, color=use_color) or "(no differences)")


@main.command("sources")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@common
def sources_cmd(ctx: Context, as_json: bool) -> None:
    """What is tracked, and how each source fared last time."""
    from tracker.outputs.status import source_status, status_line

    out = source_status(ctx.store, ctx.config)
    failed = ctx.store.count_deliveries("failed")
    if as_json:
        click.echo(json.dumps({"sources": out, "failed_deliveries": failed}, indent=2))
        return
    for item in out:
        click.echo(status_line(item))
    if failed:
        click.echo(f"{failed} notification deliveries failed: see `tracker notify --status`")


@main.command("accept")
@click.argument("source")
@common
def accept_cmd(ctx: Context, source: str) -> None:
    """Accept the suspect page held for SOURCE as its new version."""
    from tracker.pipeline import Checker

    item = Checker(ctx.config, ctx.store).accept(ctx.config.source(source))
    click.echo(f"{source}: accepted as version {item.version_id}"
               + (f" ({'; '.join(c.summary for c in item.changes)})" if item.changes else ""))


# -- outputs ----------------------------------------------------------------------------
@main.command("datasette-metadata")
@common
def datasette_metadata_cmd(ctx: Context) -> None:
    """Print Datasette metadata (canned queries, facets, search) for the database.

    datasette tracker.db -m <(tracker datasette-metadata)
    """
    from tracker.store.datasette import metadata

    ctx.store.refresh_search()
    click.echo(json.dumps(metadata(ctx.db_path), indent=2))


@main.command("site")
@click.option("--out", default="site", show_default=True, type=click.Path(file_okay=False),
              help="Output folder.")
@click.option("--templates", type=click.Path(file_okay=False, exists=True),
              help="Folder of templates looked up before the bundled ones.")
@common
def site_cmd(ctx: Context, out: str, templates: str | None) -> None:
    """Build the static changelog site (HTML, Atom, JSON Feed, iCalendar)."""
    sys.exit(_build_site(ctx, out, templates))


@main.command("notify")
@click.option("--dry-run", is_flag=True, help="Print what would be sent, send nothing.")
@click.option("--status", "status", is_flag=True, help="Show the outbox: pending and failed.")
@common
def notify_cmd(ctx: Context, dry_run: bool, status: bool) -> None:
    """Send notifications for changes not yet delivered."""
    if status:
        from tracker.outputs.notify import outbox_status

        click.echo(outbox_status(ctx.store))
        return
    sys.exit(_notify(ctx, dry_run=dry_run, quiet=False))


# -- history ----------------------------------------------------------------------------
def _parse_day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)",
                                 param_hint=name) from None


@main.command("backfill")
@click.argument("sources", nargs=-1)
@click.option("--since", help="Only captures on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only captures on or before this date (YYYY-MM-DD).")
@click.option("--delay", type=float, default=1.0, show_default=True,
              help="Seconds between two archive requests (be polite).")
@common
def backfill_cmd(ctx: Context, sources: tuple[str, ...], since: str | None,
                 until: str | None, delay: float) -> None:
    """Import past versions from the Internet Archive (resumable; never notified)."""
    from tracker.history.backfill import backfill

    reports = backfill(ctx.config, ctx.store, only=sources or None,
                       since=_parse_day(since, "--since"), until=_parse_day(until, "--until"),
                       delay=delay, echo=click.echo)
    problems = [p for r in reports for p in r.problems]
    for problem in problems:
        click.echo(f"  {problem}", err=True)
    sys.exit(1 if problems else 0)


@main.command("reextract")
@click.argument("sources", nargs=-1)
@common
def reextract_cmd(ctx: Context, sources: tuple[str, ...]) -> None:
    """Rebuild versions from the stored raw pages with the current extractor and config."""
    from tracker.history.reextract import reextract

    reports = reextract(ctx.config, ctx.store, only=sources or None)
    for report in reports:
        click.echo(str(report))
    sys.exit(1 if any(r.problem for r in reports) else 0)


@main.command("export-state")
@click.argument("target", type=click.Path(dir_okay=False))
@common
def export_state_cmd(ctx: Context, target: str) -> None:
    """Write a compact gzip copy of the database to TARGET; print the state digest.

    The digest changes only when something the next run needs changed (versions,
    changes, deliveries, learned noise, health), so a scheduled job saves its state
    only then.
    """
    click.echo(ctx.store.export(Path(target)))


@main.command("init")
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def init_cmd(directory: str, force: bool) -> None:
    """Scaffold a tracking repository: tracker.toml, the workflow, README, .gitignore."""
    from tracker.init import init_repo

    try:
        created = init_repo(Path(directory), force=force)
    except TrackerError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    for path in created:
        click.echo(f"created {path}")
