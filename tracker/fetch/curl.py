"""An httpx transport over libcurl (pycurl): the httpx Client stays what the tracker
talks to (redirects, cookies, proxies from the environment, content decoding, timeouts,
exceptions), and the HTTP/1.1 exchange and TLS run in C.

Why: 100 KB pages fetched by 11 threads cost 1.7-2.1 ms of CPU a page through httpx's
own transport (httpcore and h11, pure Python) and 1.0-1.15 ms through libcurl, of which
curl's own work is 0.27 ms (benchmarks/README.md, check.py, the third session).  A first
run is CPU-bound, so that is its wall time too.

Each thread has its own easy handle (a handle is not to be shared between threads), and
with it its own keep-alive connections.  Requests with a body, or methods other than GET
and HEAD, go to httpx's own transport: the tracker only reads pages.  Only http and https
are spoken (curl knows file, ftp, gopher and more, which a redirect must not reach).

Timeouts: `connect` as curl's connect timeout; `read` as curl's low-speed abort (less than
one byte a second over that many whole seconds), which for a download is a stall.
"""

from __future__ import annotations

import math
import os
import threading

import httpx
import pycurl

# curl's codes for "could not connect at all" and "the peer broke the exchange".
_CONNECT = {
    pycurl.E_COULDNT_CONNECT, pycurl.E_COULDNT_RESOLVE_HOST,
    pycurl.E_COULDNT_RESOLVE_PROXY, pycurl.E_SSL_CONNECT_ERROR,
    pycurl.E_PEER_FAILED_VERIFICATION, pycurl.E_SSL_CACERT_BADFILE,
    pycurl.E_SSL_CERTPROBLEM, pycurl.E_SSL_CIPHER, pycurl.E_SSL_ISSUER_ERROR,
    pycurl.E_SSL_PINNEDPUBKEYNOTMATCH, pycurl.E_SSL_INVALIDCERTSTATUS,
    pycurl.E_SSL_ENGINE_NOTFOUND,
}
_PROTOCOL = {
    pycurl.E_GOT_NOTHING, pycurl.E_PARTIAL_FILE, pycurl.E_HTTP2,
    pycurl.E_BAD_CONTENT_ENCODING,
    8, 92,  # CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2_STREAM (pycurl names neither)
}
_BUFFER = 64 * 1024  # bytes curl hands over per write callback (default 16 KB)


class CurlTransport(httpx.BaseTransport):
    """`verify`: a CA bundle path, True (curl's default store) or False (no checks).
    `max_bytes`: a body longer than this is cut off just past it (the caller sees it is
    too long without the rest being downloaded)."""

    def __init__(self, verify: str | bool = True, max_bytes: int | None = None) -> None:
        self._verify = verify
        self._max_bytes = max_bytes
        self._local = threading.local()
        self._handles: list[pycurl.Curl] = []
        self._lock = threading.Lock()
        self._fallback: httpx.HTTPTransport | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{request.url.scheme}://'.",
                request=request)
        if request.method not in ("GET", "HEAD") or request.read():
            return self._other(request)
        curl = self._handle()
        timeout = request.extensions.get("timeout") or {}
        connect, read = timeout.get("connect"), timeout.get("read")
        curl.setopt(pycurl.CONNECTTIMEOUT_MS, _millis(connect))
        # No byte for `read` seconds, rounded up to whole seconds (curl has no per-read
        # timeout; a stalled transfer is the same thing for a download).
        curl.setopt(pycurl.LOW_SPEED_TIME, math.ceil(read) if read else 0)
        curl.setopt(pycurl.URL, str(request.url))
        if request.method == "HEAD":
            curl.setopt(pycurl.NOBODY, 1)
        else:
            curl.setopt(pycurl.HTTPGET, 1)  # a GET again after a HEAD on this handle
        curl.setopt(pycurl.HTTPHEADER, [
            name + (b": " + value if value else b";") for name, value in request.headers.raw])
        lines: list[bytes] = []
        chunks: list[bytes] = []
        curl.setopt(pycurl.HEADERFUNCTION, lines.append)
        cap = self._max_bytes
        if cap is None:
            curl.setopt(pycurl.WRITEFUNCTION, chunks.append)
        else:
            held = [0]

            def write(data: bytes) -> int | None:
                chunks.append(data)
                held[0] += len(data)
                return 0 if held[0] > cap else None  # 0 stops the transfer

            curl.setopt(pycurl.WRITEFUNCTION, write)
        try:
            curl.perform()
        except pycurl.error as exc:
            code, message = exc.args[0], str(exc.args[1] if len(exc.args) > 1 else "")
            if not (code == pycurl.E_WRITE_ERROR and cap is not None and
                    sum(map(len, chunks)) > cap):
                raise _error(curl, code, message, request) from None
        status, reason, version, headers = _head(lines)
        if not status:
            status = curl.getinfo(pycurl.RESPONSE_CODE)
        # A compressed body goes on in the pieces curl read, as from a socket: the Client
        # decodes (gunzips) piece by piece, so a caller's size cap stops a compression
        # bomb.  Any other is one piece (fewer steps through the Client's decoders).
        if any(name.lower() == b"content-encoding" for name, _ in headers):
            stream: httpx.SyncByteStream = _Pieces(chunks)
        else:
            stream = httpx.ByteStream(b"".join(chunks))
            chunks.clear()  # the handle's write callback holds the list till its next use
        return httpx.Response(status, headers=headers, stream=stream,
                              extensions={"http_version": version, "reason_phrase": reason})

    def close(self) -> None:
        with self._lock:
            handles, self._handles = self._handles, []
        for curl in handles:
            curl.close()
        if self._fallback is not None:
            self._fallback.close()

    def _handle(self) -> pycurl.Curl:
        curl = getattr(self._local, "curl", None)
        if curl is None:
            curl = pycurl.Curl()
            curl.setopt(pycurl.NOSIGNAL, 1)  # required with threads
            curl.setopt(pycurl.PROTOCOLS, pycurl.PROTO_HTTP | pycurl.PROTO_HTTPS)
            curl.setopt(pycurl.REDIR_PROTOCOLS, pycurl.PROTO_HTTP | pycurl.PROTO_HTTPS)
            curl.setopt(pycurl.HTTP_VERSION, pycurl.CURL_HTTP_VERSION_1_1)
            curl.setopt(pycurl.PROXY, "")  # httpx routes proxied URLs to its own transports
            curl.setopt(pycurl.BUFFERSIZE, _BUFFER)
            curl.setopt(pycurl.LOW_SPEED_LIMIT, 1)
            if self._verify is False:
                curl.setopt(pycurl.SSL_VERIFYPEER, 0)
                curl.setopt(pycurl.SSL_VERIFYHOST, 0)
            elif isinstance(self._verify, str):
                curl.setopt(pycurl.CAINFO, self._verify)
            self._local.curl = curl
            with self._lock:
                self._handles.append(curl)
        return curl

    def _other(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            if self._fallback is None:
                verify = self._verify
                self._fallback = httpx.HTTPTransport(
                    verify=verify if isinstance(verify, bool) else _context(verify))
        return self._fallback.handle_request(request)


def _millis(seconds: float | None) -> int:
    return max(1, round(seconds * 1000)) if seconds else 0


def _context(cafile: str):
    import ssl

    return ssl.create_default_context(cafile=cafile)


class _Pieces(httpx.SyncByteStream):
    """A body as the pieces curl wrote, each let go once handed on."""

    def __init__(self, pieces: list[bytes]) -> None:
        self._pieces = pieces

    def __iter__(self):  # type: ignore[override]
        pieces = self._pieces
        pieces.reverse()
        while pieces:
            yield pieces.pop()

    def close(self) -> None:
        self._pieces.clear()


def _head(lines: list[bytes]) -> tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]:
    """The final response's status, reason, HTTP version and headers from the header
    lines curl passed on (every response's, 1xx and proxy CONNECT replies included; a
    chunked body's trailer lines, after the blank line that ends the head, are not
    headers)."""
    status, reason, version = 0, b"", b"HTTP/1.1"
    headers: list[tuple[bytes, bytes]] = []
    for line in lines:
        line = line.rstrip(b"\r\n")
        if not line:
            if status >= 200:
                break
            continue
        if line.startswith(b"HTTP/"):
            parts = line.split(None, 2)
            version = parts[0]
            status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            reason = parts[2] if len(parts) > 2 else b""
            headers = []
        elif line[:1] in (b" ", b"\t") and headers:  # an obsolete folded line
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + line.strip())
        elif b":" in line:
            name, _, value = line.partition(b":")
            headers.append((name.strip(), value.strip()))
    return status, reason, version, headers


def _error(curl: pycurl.Curl, code: int, message: str,
           request: httpx.Request) -> httpx.TransportError:
    """curl's error as the httpx exception its transport would have raised."""
    if code == pycurl.E_OPERATION_TIMEDOUT:
        # A reused connection has no connect time: the low-speed abort, or any time
        # spent past connecting, says the wait was for the response.
        read = "too slow" in message or curl.getinfo(pycurl.PRETRANSFER_TIME) > 0
        kind = httpx.ReadTimeout if read else httpx.ConnectTimeout
        return kind(message, request=request)
    if code in _CONNECT:
        errno = curl.getinfo(pycurl.OS_ERRNO)
        if code == pycurl.E_COULDNT_CONNECT and errno:
            message = f"[Errno {errno}] {os.strerror(errno)}: {message}"
        return httpx.ConnectError(message, request=request)
    if code in _PROTOCOL or "HTTP/0.9" in message:
        return httpx.RemoteProtocolError(message, request=request)
    if code == pycurl.E_SEND_ERROR:
        return httpx.WriteError(message, request=request)
    if code == pycurl.E_RECV_ERROR:
        return httpx.ReadError(message, request=request)
    if code in (pycurl.E_UNSUPPORTED_PROTOCOL, pycurl.E_URL_MALFORMAT):
        return httpx.UnsupportedProtocol(message, request=request)
    return httpx.NetworkError(f"curl error {code}: {message}", request=request)
