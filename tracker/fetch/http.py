"""Fetch many sources politely: one shared httpx.Client driven by a thread pool, sending
through libcurl where pycurl imports (tracker.fetch.curl), else through httpx's own transport.

The concurrency model was chosen by measurement (benchmarks/README.md): for 1000 pages
at 20 ms each, httpx's asyncio client took 5-7 s, one `httpx.Client` shared by 32
threads about 2.4 s.  Limits apply overall and per host; connection errors, timeouts,
429 and 5xx are retried with exponential backoff (Retry-After honoured); a 304 to a
conditional GET costs no body; bodies are streamed with a size cap.  A per-source
problem is returned as a FetchResult with `error`, never raised: that includes a 200
whose body is empty, not text or not a document (tracker.fetch.sniff), and bodies are decoded
as browsers decode them (tracker.fetch.encoding).
"""

from __future__ import annotations

import email.utils
import functools
import os
import random
import ssl
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from queue import SimpleQueue
from urllib.parse import urlsplit

import certifi
import httpx

from tracker import __version__
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.fetch.encoding import decode, is_utf8_of
from tracker.fetch.sniff import body_kind, unusable
from tracker.models import FetchResult, Source, utcnow

RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass
class FetchSettings:
    concurrency: int = 16
    per_host: int = 4
    timeout: float = 30.0
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 60.0
    max_bytes: int = 20_000_000
    user_agent: str = (
        f"policy-tracker/{__version__} (+https://github.com/policy-tracker/policy-tracker)"
    )
    max_redirects: int = 10
    transport: httpx.BaseTransport | None = None
    # "libcurl": the exchange in C (tracker.fetch.curl); "httpx": httpx's own transport;
    # "auto": libcurl where pycurl imports, else httpx's.
    engine: str = "auto"


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None


class _TooLarge(Exception):
    pass


@functools.cache
def ca_bundle() -> str:
    """certifi's CA bundle: the file next to its module.  certifi.where() finds the same
    path through importlib.resources, whose imports (zipfile and more) took 16 ms of
    each run's start; it is asked only where the package is not a plain folder."""
    path = os.path.join(os.path.dirname(certifi.__file__), "cacert.pem")
    return path if os.path.isfile(path) else certifi.where()


@functools.cache
def _tls() -> ssl.SSLContext:
    """One verifying TLS context per process, for httpx's own transport: httpx loads the
    CA bundle for each new Client (17 ms), and every fetch pass and worker makes one."""
    return ssl.create_default_context(cafile=ca_bundle())


_tls_loading: list[threading.Thread] = []


def load_tls_soon(engine: str = "auto") -> None:
    """Start loading the TLS context in a thread, if the run's `engine` needs it (libcurl
    reads the CA bundle itself): OpenSSL reads the bundle without the GIL (40-45 ms),
    so the imports and database work a run does meanwhile hide it.  warm_up() waits for
    it (a run forks its workers single-threaded)."""
    if engine != "httpx" and _curl() is not None:
        return
    if not _tls_loading and _tls.cache_info().currsize == 0:
        # Not a daemon: a run that fails at once waits for it (~40 ms) on the way out
        # instead of tearing the interpreter down under OpenSSL's feet.
        thread = threading.Thread(target=_tls, name="tls-load")
        thread.start()
        _tls_loading.append(thread)


def make_client(settings: FetchSettings) -> httpx.Client:
    limits = httpx.Limits(max_connections=max(settings.concurrency, 1) * 2,
                          max_keepalive_connections=max(settings.concurrency, 1))
    chosen = transport(settings)
    return httpx.Client(
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(settings.timeout), follow_redirects=True,
        max_redirects=settings.max_redirects, limits=limits, transport=chosen,
        # For httpx's own transport; with libcurl's, httpx verifies by itself on the
        # transports it makes for proxies from the environment, if any.
        verify=_tls() if chosen is None else True,
    )


def transport(settings: FetchSettings) -> httpx.BaseTransport | None:
    """The transport a Client of these settings sends through; None for httpx's own."""
    if settings.transport is not None or settings.engine == "httpx":
        return settings.transport
    curl = _curl()
    if curl is None:
        if settings.engine == "libcurl":
            raise TrackerError('[settings] http = "libcurl" needs pycurl, which does not '
                               "import here (pip install pycurl)")
        return None
    return curl(verify=ca_bundle(), max_bytes=settings.max_bytes)


def _curl() -> type[httpx.BaseTransport] | None:
    """tracker.fetch.curl's transport, or None where pycurl does not import."""
    try:
        from tracker.fetch.curl import CurlTransport
    except ImportError:
        return None
    return CurlTransport


def warm_up(engine: str = "auto") -> None:
    """Load what a first Client of the run's `engine` loads (its transport modules, the
    TLS context) in this process, so that processes forked from it next share them
    instead of each loading them again before its first request (~45 ms of CPU each)."""
    while _tls_loading:
        _tls_loading.pop().join()
    make_client(FetchSettings(engine=engine)).close()


def decode_body(body: bytes, content_type: str | None) -> str:
    """Bytes -> text as a browser decodes them (tracker.fetch.encoding.decode)."""
    return decode(body, content_type).text


def read_body(result: FetchResult, body: bytes) -> None:
    """Fill in a result's body, its text (for text kinds) and, when the body is not a
    document to record, its error."""
    kind = body_kind(result.content_type, result.final_url or result.url, body)
    decoded = None if kind in ("pdf", "unknown") else decode(body, result.content_type)
    result.body = body
    result.text = decoded.text if decoded is not None else None
    result.utf8 = decoded is not None and is_utf8_of(body, decoded)
    result.error = unusable(kind, body, decoded, result.content_type)


def _retry_after(response: httpx.Response, settings: FetchSettings) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        seconds = (parsed - utcnow()).total_seconds()
    return max(0.0, min(seconds, settings.max_retry_after))


def _describe(exc: Exception, settings: FetchSettings) -> str:
    text = str(exc)
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {settings.timeout:g}s"
    if isinstance(exc, httpx.TooManyRedirects):
        return f"too many redirects (loop?): more than {settings.max_redirects}"
    if isinstance(exc, httpx.ConnectError):
        low = text.lower()
        if "refused" in low:
            return "connection refused"
        if "name or service" in low or "nodename" in low or "resolve" in low:
            return "could not resolve host"
        return f"cannot connect: {text or type(exc).__name__}"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "not fetched: only http:// and https:// URLs are (a redirect may not lead elsewhere)"
    if isinstance(exc, _TooLarge):
        return f"response larger than {settings.max_bytes} bytes"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def fetch_one(
    client: httpx.Client,
    source: Source,
    validators: Validators | None,
    settings: FetchSettings,
) -> FetchResult:
    """One source, with retries; never raises for a network or HTTP problem."""
    result = FetchResult(source.id, source.url, utcnow())
    headers = {}
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    started = time.perf_counter()
    for attempt in range(settings.retries + 1):
        result.attempts = attempt + 1
        wait_for = None
        try:
            with client.stream("GET", source.url, headers=headers) as response:
                result.status = response.status_code
                result.final_url = str(response.url)
                if response.status_code in RETRY_STATUSES and attempt < settings.retries:
                    wait_for = _retry_after(response, settings)
                    raise _Retry()
                if response.status_code == 304:
                    result.not_modified = True
                    result.error = None
                    break
                if response.status_code >= 400:
                    result.error = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    break
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > settings.max_bytes:
                        raise _TooLarge()
                    chunks.append(chunk)
                result.content_type = response.headers.get("Content-Type")
                result.etag = response.headers.get("ETag")
                result.last_modified = response.headers.get("Last-Modified")
                read_body(result, b"".join(chunks))
                break
        except _Retry:
            pass
        except (_TooLarge, httpx.TooManyRedirects, httpx.UnsupportedProtocol) as exc:
            result.error = _describe(exc, settings)
            break
        except httpx.HTTPError as exc:
            result.error = _describe(exc, settings)
            if attempt >= settings.retries:
                break
        delay = wait_for if wait_for is not None else (
            settings.backoff * (2**attempt) * (0.5 + random.random()))
        time.sleep(delay)
    else:  # retries exhausted on a retryable status
        pass
    if result.error is None and result.body is None and not result.not_modified:
        result.error = f"HTTP {result.status}" if result.status else "no response"
    result.elapsed = time.perf_counter() - started
    return result


class _Retry(Exception):
    pass


def fetch_all(
    sources: Iterable[Source],
    validators: Mapping[str, Validators] | None = None,
    settings: FetchSettings | None = None,
    host_limits: Mapping[str, int] | None = None,
) -> Iterator[FetchResult]:
    """Yield one FetchResult per source as each completes (not in input order).

    `host_limits` overrides `settings.per_host` for some hosts (a process fetching a
    share of a host's pages gets a share of its limit).
    """
    settings = settings or FetchSettings()
    validators = validators or {}
    sources = list(sources)
    hosts: dict[str, threading.Semaphore] = {}
    for source in sources:
        host = urlsplit(source.url).netloc
        limit = (host_limits or {}).get(host, settings.per_host)
        hosts.setdefault(host, threading.Semaphore(limit))

    def job(client: httpx.Client, source: Source) -> FetchResult:
        with hosts[urlsplit(source.url).netloc]:
            return fetch_one(client, source, validators.get(source.id), settings)

    # Finished jobs queue up for the caller: concurrent.futures.wait() would hang a waiter
    # on every running future for each result (0.1-0.2 ms of CPU a page at 64 running).
    finished: SimpleQueue[Future[FetchResult]] = SimpleQueue()
    with make_client(settings) as client, ThreadPoolExecutor(settings.concurrency) as pool:
        queue = iter(sources)
        running = 0
        # Submit lazily so that at most 2x concurrency results are held in memory.
        for source in queue:
            pool.submit(job, client, source).add_done_callback(finished.put)
            running += 1
            if running >= settings.concurrency * 2:
                break
        while running:
            future = finished.get()
            running -= 1
            yield future.result()
            nxt = next(queue, None)
            if nxt is not None:
                pool.submit(job, client, nxt).add_done_callback(finished.put)
                running += 1


def fetch_settings(config: Config) -> FetchSettings:
    """The fetch settings of a config's [settings] table."""
    s = config.settings
    kwargs = dict(
        concurrency=s.concurrency, per_host=s.per_host, timeout=s.timeout, retries=s.retries
    )
    if s.user_agent:
        kwargs["user_agent"] = s.user_agent
    return FetchSettings(**kwargs, engine=s.http)
