"""The libcurl transport under httpx's Client, against real loopback servers (HTTP and
HTTPS with a throwaway CA): what the Client does above it still happens (redirects,
cookies, content decoding), certificates are checked, bodies are capped, and the engine
is chosen as the config says."""

from __future__ import annotations

import gzip
import ssl
from collections.abc import Iterator

import httpx
import pytest
import trustme

from tests.server import Hit, LoopbackServer, Reply
from tracker.config import load_config
from tracker.errors import ConfigError, TrackerError
from tracker.fetch import http
from tracker.fetch.curl import CurlTransport, _head
from tracker.fetch.http import FetchSettings, fetch_all, make_client
from tracker.models import Source

PAGE = "<html><body><main><h1>Acceptable Use Policy</h1><p>Do not spam.</p></main></body></html>"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[LoopbackServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    srv = LoopbackServer(tls=context).start()
    yield srv
    srv.stop()


def test_the_final_response_head_is_read_past_interim_ones():
    lines = [b"HTTP/1.1 100 Continue\r\n", b"\r\n",
             b"HTTP/1.1 200 OK\r\n", b"Content-Type: text/html\r\n",
             b"Set-Cookie: a=1\r\n", b"Set-Cookie: b=2\r\n",
             b"X-Long: first\r\n", b"  second\r\n", b"\r\n"]
    status, reason, version, headers = _head(lines)
    assert (status, reason, version) == (200, b"OK", b"HTTP/1.1")
    assert headers == [(b"Content-Type", b"text/html"), (b"Set-Cookie", b"a=1"),
                       (b"Set-Cookie", b"b=2"), (b"X-Long", b"first second")]
    # A chunked body's trailer comes after the head: not a header of the response.
    trailer = [b"HTTP/1.1 200 OK\r\n", b"Transfer-Encoding: chunked\r\n", b"\r\n",
               b"X-Checksum: late\r\n", b"\r\n"]
    assert _head(trailer)[3] == [(b"Transfer-Encoding", b"chunked")]


def test_client_redirects_cookies_and_gzip_work_through_curl(server):
    server.routes["/old"] = Reply(302, "", headers={"Location": "/new",
                                                    "Set-Cookie": "session=abc; Path=/"})
    server.routes["/new"] = Reply(200, gzip.compress(PAGE.encode()),
                                  headers={"Content-Encoding": "gzip"})
    with httpx.Client(transport=CurlTransport(), follow_redirects=True) as client:
        response = client.get(server.url("/old"))
    assert response.status_code == 200 and response.text == PAGE
    assert str(response.url) == server.url("/new")
    assert response.reason_phrase == "OK" and response.http_version == "HTTP/1.1"
    assert server.hits[-1].headers["cookie"] == "session=abc"
    assert "gzip" in server.hits[-1].headers["accept-encoding"]


def test_other_methods_go_through_httpx_own_transport(server):
    seen: list[Hit] = []
    server.routes["/form"] = lambda hit: seen.append(hit) or Reply(200, "<p>ok</p>")
    with httpx.Client(transport=CurlTransport()) as client:
        response = client.post(server.url("/form"), content=b"x=1")
    assert response.status_code == 200 and seen[0].body == b"x=1"


def test_a_body_past_the_cap_stops_the_transfer(server):
    server.routes["/big"] = Reply(200, b"<p>" + b"x" * 3_000_000 + b"</p>")
    transport = CurlTransport(max_bytes=100_000)
    with httpx.Client(transport=transport) as client:
        response = client.get(server.url("/big"))
    assert 100_000 < len(response.content) < 3_000_000  # cut just past the cap
    [result] = fetch_all([Source("b", "B", server.url("/big"))],
                         settings=FetchSettings(max_bytes=100_000, retries=0))
    assert result.error == "response larger than 100000 bytes"


def test_https_is_verified(tls_server, ca):
    tls_server.routes["/p"] = Reply(200, PAGE)
    with ca.cert_pem.tempfile() as bundle:
        with httpx.Client(transport=CurlTransport(verify=bundle)) as client:
            assert client.get(tls_server.url("/p")).text == PAGE
    # The run's fetches trust certifi's roots only: a certificate from elsewhere fails.
    [result] = fetch_all([Source("t", "T", tls_server.url("/p"))],
                         settings=FetchSettings(retries=0))
    assert result.error.startswith("cannot connect:") and "certificate" in result.error
    assert len(tls_server.hits) == 1
    with httpx.Client(transport=CurlTransport(verify=False)) as client:
        assert client.get(tls_server.url("/p")).status_code == 200


def test_the_engine_is_chosen_by_the_settings(tmp_path, monkeypatch):
    def client_transport(engine: str) -> object:
        with make_client(FetchSettings(engine=engine)) as client:
            return client._transport

    assert isinstance(client_transport("auto"), CurlTransport)
    assert isinstance(client_transport("libcurl"), CurlTransport)
    assert isinstance(client_transport("httpx"), httpx.HTTPTransport)
    monkeypatch.setattr(http, "_curl", lambda: None)  # a machine where pycurl is missing
    assert isinstance(client_transport("auto"), httpx.HTTPTransport)
    with pytest.raises(TrackerError, match="needs pycurl"):
        client_transport("libcurl")

    config = tmp_path / "tracker.toml"
    sources = '[[sources]]\nid = "a"\nname = "A"\nurl = "https://example.com/"\n'
    config.write_text('[settings]\nhttp = "httpx"\n' + sources)
    assert http.fetch_settings(load_config(config)).engine == "httpx"
    config.write_text('[settings]\nhttp = "curl"\n' + sources)
    with pytest.raises(ConfigError, match="'http' must be one of 'auto', 'libcurl', 'httpx'"):
        load_config(config)


def test_a_handle_that_sent_a_head_sends_a_get_again(server):
    server.routes["/p"] = Reply(200, PAGE)
    with httpx.Client(transport=CurlTransport()) as client:
        head = client.head(server.url("/p"))
        get = client.get(server.url("/p"))
    assert head.status_code == 200 and head.content == b""
    assert get.text == PAGE
    assert [hit.method for hit in server.hits] == ["HEAD", "GET"]


def test_a_compressed_body_is_handed_on_in_pieces(server):
    """As from a socket: the Client decodes piece by piece, so a caller's size cap stops
    a compressed body before all of it is inflated."""
    packed = gzip.compress(bytes(range(256)) * 20_000, mtime=0)  # 5 MB, hardly smaller
    server.routes["/big"] = Reply(200, packed, headers={"Content-Encoding": "gzip"})
    with httpx.Client(transport=CurlTransport()) as client:
        with client.stream("GET", server.url("/big")) as response:
            pieces = list(response.iter_raw())
        assert client.get(server.url("/big")).content == bytes(range(256)) * 20_000
    assert len(pieces) > 1 and b"".join(pieces) == packed


def test_a_stall_on_a_reused_connection_is_a_read_timeout(server):
    replies = iter([Reply(200, PAGE), Reply(200, PAGE, delay=3)])
    server.routes["/p"] = lambda hit: next(replies)
    with httpx.Client(transport=CurlTransport(), timeout=1) as client:
        assert client.get(server.url("/p")).status_code == 200
        with pytest.raises(httpx.ReadTimeout):
            client.get(server.url("/p"))
