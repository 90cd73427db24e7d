"""The loopback test server never writes to stderr (it would land in the output that
CliRunner captures, and break `json.loads` of a `--json` command: a flaky test)."""

from __future__ import annotations

import socket
import struct
import time

from tests.server import Reply


def test_a_client_resetting_mid_request_is_logged_not_printed(server, capfd):
    server.routes["/p"] = Reply(200, "<p>x</p>")
    for _ in range(3):
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(b"GET /p HTTP/1.1\r\nHost: x\r\n")  # the request is never finished
        time.sleep(0.05)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # an RST: the server's read fails with ConnectionResetError
    deadline = time.monotonic() + 5
    while len(server.errors) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(server.errors) == 3
    assert all("ConnectionResetError" in e for e in server.errors)
    out, err = capfd.readouterr()
    assert err == "" and out == ""
