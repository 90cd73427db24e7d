"""Fetch against a real loopback server: retries, Retry-After, validators, caps, charsets."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from tests.server import Hit, Reply
from tracker.fetch import http
from tracker.fetch.http import FetchSettings, Validators, decode_body, fetch_all
from tracker.models import Source


@pytest.fixture(autouse=True, params=["libcurl", "httpx"])
def engine(request, monkeypatch) -> str:
    """Every test here runs on both transports: libcurl (the default) and httpx's own
    (what a machine without pycurl gets)."""
    if request.param == "httpx":
        monkeypatch.setattr(http, "_curl", lambda: None)
    return request.param


def one(server, path, validators=None, **settings):
    src = Source("s", "S", server.url(path))
    [result] = list(fetch_all([src], {"s": validators} if validators else None,
                              FetchSettings(backoff=0.01, **settings)))
    return result


def test_retries_a_503_then_succeeds(server):
    replies = iter([Reply(503, "busy"), Reply(200, "<p>ok</p>")])
    server.routes["/p"] = lambda hit: next(replies)
    result = one(server, "/p", retries=2)
    assert result.ok and result.status == 200 and result.attempts == 2
    assert len(server.hits) == 2


def test_persistent_503_is_an_error_after_the_retries(server):
    server.routes["/p"] = Reply(503, "busy")
    result = one(server, "/p", retries=2)
    assert result.error == "HTTP 503 Service Unavailable"
    assert len(server.hits) == 3


def test_retry_after_is_honoured(server):
    replies = iter([Reply(429, "slow down", headers={"Retry-After": "1"}), Reply(200, "<p>x</p>")])
    server.routes["/p"] = lambda hit: next(replies)
    started = time.perf_counter()
    result = one(server, "/p", retries=1)
    assert result.ok and time.perf_counter() - started >= 0.9


def test_404_is_not_retried(server):
    result = one(server, "/missing", retries=3)
    assert result.error.startswith("HTTP 404") and len(server.hits) == 1


def test_conditional_get_sends_validators_and_reads_304(server):
    def handler(hit: Hit) -> Reply:
        if hit.headers.get("if-none-match") == '"abc"':
            return Reply(304, b"")
        return Reply(200, "<p>x</p>", headers={"ETag": '"abc"',
                                               "Last-Modified": "Tue, 25 Feb 2025 10:00:00 GMT"})
    server.routes["/p"] = handler
    first = one(server, "/p")
    assert first.etag == '"abc"' and first.last_modified.startswith("Tue")
    second = one(server, "/p", Validators(first.etag, first.last_modified))
    assert second.ok and second.not_modified and second.body is None
    assert server.hits[-1].headers["if-modified-since"] == "Tue, 25 Feb 2025 10:00:00 GMT"


def test_timeout_and_refused_and_redirect_loop(server):
    server.routes["/slow"] = Reply(200, "<p>late</p>", delay=2)
    assert one(server, "/slow", timeout=0.5, retries=0).error == "timed out after 0.5s"
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    [refused] = list(fetch_all([Source("r", "R", f"http://127.0.0.1:{port}/")],
                               settings=FetchSettings(retries=0)))
    assert refused.error == "connection refused"
    server.routes["/loop"] = Reply(302, "", headers={"Location": "/loop"})
    assert "too many redirects" in one(server, "/loop").error


def test_redirect_records_the_final_url(server):
    server.routes["/old"] = Reply(301, "", headers={"Location": "/new"})
    server.routes["/new"] = Reply(200, "<p>moved</p>")
    result = one(server, "/old")
    assert result.ok and result.final_url == server.url("/new")


def test_body_size_cap(server):
    server.routes["/big"] = Reply(200, b"x" * 50_000)
    assert "larger than 10000 bytes" in one(server, "/big", max_bytes=10_000).error


def test_charsets_from_header_meta_and_default(server):
    text = "Twilio’s “Acceptable Use Policy” – café"
    server.routes["/h"] = Reply(200, text.encode("cp1252"),
                                content_type="text/html; charset=windows-1252")
    meta = f'<html><head><meta charset="windows-1252"></head><body>{text}</body></html>'
    server.routes["/m"] = Reply(200, meta.encode("cp1252"), content_type="text/html")
    assert one(server, "/h").text == text
    assert text in one(server, "/m").text
    assert decode_body(text.encode("utf-8"), None) == text
    assert decode_body(b"\xef\xbb\xbf" + text.encode(), "text/html") == text


def test_binary_bodies_are_not_decoded(server):
    server.routes["/f.pdf"] = Reply(200, b"%PDF-1.7 binary", content_type="application/pdf")
    result = one(server, "/f.pdf")
    assert result.ok and result.text is None and result.body.startswith(b"%PDF")


def test_per_host_limit_and_one_result_per_source(server):
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def handler(hit: Hit) -> Reply:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return Reply(200, "<p>x</p>")

    for i in range(12):
        server.routes[f"/p{i}"] = handler
    sources = [Source(f"p{i}", "P", server.url(f"/p{i}")) for i in range(12)]
    results = list(fetch_all(sources, settings=FetchSettings(concurrency=8, per_host=3)))
    assert sorted(r.source_id for r in results) == sorted(s.id for s in sources)
    assert all(r.ok for r in results)
    assert state["max"] <= 3


def test_user_agent_is_honest(server):
    server.routes["/p"] = Reply(200, "<p>x</p>")
    one(server, "/p")
    assert server.hits[-1].headers["user-agent"].startswith("policy-tracker/")


def test_the_tls_context_loads_in_the_background_and_is_waited_for(engine):
    """A run on httpx's transport starts loading the CA bundle while it imports;
    warm_up() waits for it, so that the run is single-threaded again when it forks its
    workers.  A run on libcurl loads no context of its own (curl reads the bundle)."""
    import threading

    import certifi

    from tracker.fetch import http

    assert http.ca_bundle() == certifi.where()
    http._tls.cache_clear()
    http.load_tls_soon("httpx")
    http.warm_up()
    assert not [t for t in threading.enumerate() if t.name == "tls-load"]
    assert http._tls.cache_info().currsize == 1
    context = http._tls()
    http.load_tls_soon("httpx")  # loaded already: no second thread
    assert http._tls() is context and not http._tls_loading

    http._tls.cache_clear()
    http.load_tls_soon("auto")
    with http.make_client(FetchSettings()):
        pass
    http.warm_up()
    assert http._tls.cache_info().currsize == (0 if engine == "libcurl" else 1)


def test_httpx_command_line_client_is_not_loaded_but_still_importable():
    """httpx's CLI (rich, pygments) is no part of a run's start-up."""
    import subprocess
    import sys

    code = ("import sys, tracker.pipeline, httpx\n"
            "print('httpx._main' in sys.modules, 'rich' in sys.modules)\n"
            "try:\n    import httpx._main\nexcept ImportError as exc:\n"
            "    print('missing' if 'rich' in str(exc) or 'pygments' in str(exc)"
            " or 'click' in str(exc) else 'blocked')\nelse:\n    print('importable')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0] == "False False"
    assert out[1] in ("importable", "missing")  # never blocked by the tracker


@pytest.mark.parametrize(("body", "content_type", "utf8"), [
    ("<p>café – “quoted”</p>".encode(), "text/html; charset=utf-8", True),
    ("<p>café</p>".encode(), "text/html", True),  # found by detection
    (b"<p>plain</p>", "text/html; charset=windows-1252", True),  # ASCII reads the same
    (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html", False),  # the BOM is not in the text
    ("<p>café</p>".encode("cp1252"), "text/html; charset=windows-1252", False),
    (b"<p>a\0b</p>", "text/html; charset=utf-8", False),  # the NUL was dropped
    (b"<p>caf\xe9 ok</p>", "text/html; charset=utf-8", False),  # invalid: now U+FFFD
    (b"<p>\x1b$B$3$s\x1b(B</p>", "text/html; charset=iso-2022-jp", False),  # 7-bit, not ASCII
])
def test_the_parser_takes_the_bytes_only_when_they_are_the_text_in_utf8(body, content_type,
                                                                       utf8):
    import datetime as dt

    from tracker.extract.html import extract
    from tracker.fetch.http import read_body
    from tracker.models import FetchResult

    result = FetchResult("s", "http://example.com/", dt.datetime.now(dt.UTC),
                         content_type=content_type)
    read_body(result, body)
    assert result.utf8 is utf8
    if utf8:
        assert result.text.encode() == body
        assert extract(body).blocks == extract(result.text).blocks


def test_seed_pages_give_the_same_blocks_from_their_bytes():
    from tests.pages import render_page, seed_blocks, seed_names
    from tracker.extract.html import extract

    for n, name in enumerate(seed_names()):
        page = render_page(seed_blocks(name), title=name, variant=n)
        for select in ((), ("article",), ("main",)):
            try:
                want = extract(page, select=select).blocks
            except Exception as exc:  # noqa: BLE001 - the same error either way
                with pytest.raises(type(exc)):
                    extract(page.encode(), select=select)
                continue
            assert extract(page.encode(), select=select).blocks == want, (name, select)


def test_only_http_and_https_are_fetched(server, tmp_path):
    """A redirect to a file (or any scheme but http and https) is refused, not read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("<p>a local file</p>")
    server.routes["/p"] = Reply(302, "", headers={"Location": secret.as_uri()})
    result = one(server, "/p", retries=2)
    assert result.body is None and result.error.startswith("not fetched: only http://")
    assert result.attempts == 1  # nothing to retry
    [direct] = list(fetch_all([Source("f", "F", secret.as_uri())],
                              settings=FetchSettings(retries=0)))
    assert direct.body is None and direct.error == result.error
