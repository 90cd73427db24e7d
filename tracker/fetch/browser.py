"""Pages that only write their text with JavaScript: rendered in the system Chromium.

Playwright drives Debian's `chromium` (found on PATH, or TRACKER_CHROMIUM); it never
downloads a browser.  One browser serves the whole run, pages render in parallel up to
the concurrency limit, and each page waits for the network to go idle or for the
source's `select` to appear.  Playwright is optional: `pip install
'policy-tracker[browser]'`.  When Playwright or Chromium is missing, each browser source
fails with a message naming which one and the command that installs it; the other
sources of the run go on.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Iterator, Sequence

from tracker.errors import TrackerError
from tracker.models import FetchResult, Source, utcnow

INSTALL_HINT = "pip install 'policy-tracker[browser]'"
CHROMIUM_HINT = "apt-get install chromium (Debian), or set TRACKER_CHROMIUM to its path"
CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic", "--disable-dev-shm-usage"]


class BrowserUnavailable(TrackerError):
    """A source asks for a browser, and Playwright or Chromium is missing.

    The message is about the machine, not a source: the check reports it once per
    browser source.
    """


def chromium_path() -> str | None:
    """The Chromium to drive: TRACKER_CHROMIUM (a path or a command), else one on PATH."""
    configured = os.environ.get("TRACKER_CHROMIUM")
    if configured:
        return configured if os.path.exists(configured) else shutil.which(configured)
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _has_playwright() -> bool:
    try:
        from playwright.async_api import async_playwright  # noqa: F401
    except ImportError:
        return False
    return True


def missing() -> str | None:
    """What rendering lacks on this machine, with the command that installs it; None
    when Playwright and Chromium are both there."""
    playwright = _has_playwright()
    chromium = chromium_path() is not None
    configured = os.environ.get("TRACKER_CHROMIUM")
    if not chromium and configured:
        chromium_problem = (f"Chromium: TRACKER_CHROMIUM={configured} is neither a file nor a "
                            "command on PATH (point it to Chromium, or unset it and apt-get "
                            "install chromium)")
    else:
        chromium_problem = f"Chromium, which was not found: {CHROMIUM_HINT}"
    if not playwright and not chromium:
        return (f'render = "browser" needs Playwright and Chromium, neither is installed: '
                f"{INSTALL_HINT}; then {CHROMIUM_HINT}")
    if not playwright:
        return f'render = "browser" needs Playwright, which is not installed: {INSTALL_HINT}'
    if not chromium:
        return f'render = "browser" needs {chromium_problem}'
    return None


def render_all(
    sources: Sequence[Source], *, concurrency: int = 4, timeout: float = 30.0
) -> Iterator[FetchResult]:
    """Render each source in the browser; per-source problems come back as errors.

    Raises BrowserUnavailable (when first iterated) if Playwright or Chromium is missing.
    """
    problem = missing()
    if problem is not None:
        raise BrowserUnavailable(problem)
    executable = chromium_path()
    assert executable is not None
    yield from asyncio.run(_render(list(sources), executable, concurrency, timeout))


async def _render(
    sources: list[Source], executable: str, concurrency: int, timeout: float
) -> list[FetchResult]:
    from playwright.async_api import async_playwright

    args = list(CHROMIUM_ARGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    limit = asyncio.Semaphore(max(1, min(concurrency, 8)))
    async with async_playwright() as pw:
        try:
            browser = await pw.chromium.launch(executable_path=executable, headless=True,
                                               args=args)
        except Exception as exc:
            raise BrowserUnavailable(f"cannot start Chromium at {executable}: "
                                     f"{str(exc).splitlines()[0]}") from None
        try:
            context = await browser.new_context()
            tasks = [_one(context, source, limit, timeout) for source in sources]
            return list(await asyncio.gather(*tasks))
        finally:
            await browser.close()


async def _one(context, source: Source, limit: asyncio.Semaphore, timeout: float) -> FetchResult:
    result = FetchResult(source.id, source.url, utcnow())
    started = time.perf_counter()
    async with limit:
        page = await context.new_page()
        try:
            response = await page.goto(source.url, timeout=timeout * 1000,
                                       wait_until="domcontentloaded")
            if source.select:
                await page.wait_for_selector(", ".join(source.select), state="attached",
                                             timeout=timeout * 1000)
            else:
                await page.wait_for_load_state("networkidle", timeout=timeout * 1000)
            result.status = response.status if response else None
            result.final_url = page.url
            if result.status and result.status >= 400:
                result.error = f"HTTP {result.status}"
            else:
                html = await page.content()
                result.text = html
                result.body = html.encode("utf-8")
                result.content_type = "text/html; charset=utf-8"
        except Exception as exc:  # Playwright's TimeoutError, net::ERR_*, closed pages
            message = str(exc).splitlines()[0]
            if "Timeout" in type(exc).__name__ or "Timeout" in message:
                waited = f"'{', '.join(source.select)}' to appear" if source.select else (
                    "the page to load")
                message = f"timed out after {timeout:g}s waiting for {waited}"
            result.error = f"browser: {message}"
        finally:
            await page.close()
    result.elapsed = time.perf_counter() - started
    return result
