"""A real HTTP server on 127.0.0.1 for tests: routes are plain functions, swappable live.

A route is `path -> Handler`, where a handler receives the request and returns a
`Reply`.  Tests edit `server.routes` between runs to change a page, and read
`server.hits` to see what the tool asked for (including conditional-GET headers).

The server never writes to stderr: a client that hangs up mid-request (a timeout test,
a killed run) is logged to `server.errors`.  Click's CliRunner swaps sys.stderr for the
whole process while a command runs, so a traceback printed by this thread would land in
the command's captured output.
"""

from __future__ import annotations

import ssl
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    method: str = "GET"
    body: bytes = b""


Handler = Callable[[Hit], Reply]


class LoopbackServer:
    """Serve `routes` on 127.0.0.1 on a free port, in a background thread."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        """`tls`: serve HTTPS with this server-side context."""
        self.routes: dict[str, Handler | Reply] = {}
        self.hits: list[Hit] = []
        self.errors: list[str] = []  # what socketserver would have printed to stderr
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                self._serve("POST", self.rfile.read(length) if length else b"")

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                self._serve("GET", b"")

            def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
                self._serve("HEAD", b"")

            def _serve(self, method: str, payload: bytes) -> None:
                hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, method,
                          payload)
                outer.hits.append(hit)
                route = outer.routes.get(self.path.split("?")[0]) or outer.routes.get(self.path)
                if route is None:
                    reply = Reply(404, b"<html><body><h1>Not found</h1></body></html>")
                else:
                    reply = route(hit) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
                try:
                    self.send_response(reply.status)
                    if reply.content_type and "content-type" not in {
                        k.lower() for k in reply.headers
                    }:
                        self.send_header("Content-Type", reply.content_type)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if reply.status != 304 and method != "HEAD":
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        class _Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                outer.errors.append("".join(traceback.format_exception(*sys.exc_info())))

        self._server = _Server(("127.0.0.1", 0), _Handler)
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self.base = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        # A short poll interval: shutdown() waits for it, once per test using a server.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
