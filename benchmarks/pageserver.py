"""The benchmark's stand-in for remote sites: N policy pages, 20 ms per request.

Run in its own process.  Each page (about 100 KB: mega-menu, inline state, policy text)
is rendered once at start; every request then gets fresh furniture (a session token, a
view counter, a timestamp), so no two responses are byte-identical and no validators
are sent, as with most dynamic legal pages.
Usage: python benchmarks/pageserver.py PAGES DELAY_MS PORT_FILE
"""

from __future__ import annotations

import itertools
import secrets
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages import render_page, seed_blocks, seed_names  # noqa: E402


def build_pages(count: int) -> list[bytes]:
    seeds = [seed_blocks(n) for n in seed_names()]
    pages = []
    for n in range(count):
        blocks = [("heading", f"Policy {n}: terms of service for product line {n}")]
        blocks += seeds[n % len(seeds)]
        html = render_page(blocks, title=f"Policy {n}", variant=n)
        pages.append(html.encode("utf-8"))
    return pages


def main() -> None:
    count, delay, port_file = int(sys.argv[1]), int(sys.argv[2]) / 1000, sys.argv[3]
    pages = build_pages(count)
    hits = itertools.count()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            next(hits)
            try:
                n = int(self.path.rsplit("/", 1)[-1])
                page = pages[n]
            except (ValueError, IndexError):
                self.send_error(404)
                return
            time.sleep(delay)
            furniture = (f'<div class="session-bar" data-token="{secrets.token_hex(16)}">'
                         f"<span>{next(hits)} views</span> <time>{time.time():.3f}</time></div>"
                         f"<script>window.__nonce='{secrets.token_hex(8)}'</script>")
            body = page.replace(b"</body>", furniture.encode() + b"</body>", 1)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802 - hit counter for the harness
            body = str(next(hits)).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    Path(port_file).write_text(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
