"""Bodies that are not a clean page, served from the loopback server through the CLI.

Each ends as the right text (decoded as a browser decodes it) or as an error with a
one-line reason, never as a version made of garbage and never as a traceback.
"""

from __future__ import annotations

import json
import random
import sqlite3
import struct
import zlib

import pytest
from click.testing import CliRunner

from tests.server import Reply
from tracker.cli import main
from tracker.fetch.encoding import decode

POLICY = ("You must not use the service to send unsolicited messages. "
          "Every message must identify its sender.")
PAGE = f"<!DOCTYPE html><html><head><title>Policy</title></head><body><main><h1>Acceptable use" \
       f"</h1><p>{POLICY}</p><p>Café owners, naïve users and résumé writers alike.</p>" \
       "</main></body></html>"


def png(width: int = 64, height: int = 64) -> bytes:
    """A real PNG image (random pixels)."""
    rng = random.Random(7)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    rows = b"".join(b"\0" + rng.randbytes(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def check(server, tmp_path, body: bytes | str, content_type: str | None):
    """Serve `body` at /p and run `tracker check`; returns (result, source, version texts)."""
    server.routes["/p"] = Reply(200, body, content_type=content_type)
    config = tmp_path / "tracker.toml"
    config.write_text("[settings]\nconfirm_delay = 0\nretries = 0\n"
                      f'[[sources]]\nid = "p"\nname = "P"\nurl = "{server.url("/p")}"\n')
    args = ["--config", str(config), "--db", str(tmp_path / "t.db")]
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    listing = CliRunner().invoke(main, ["sources", "--json", *args])
    [source] = json.loads(listing.stdout)["sources"]
    db = sqlite3.connect(tmp_path / "t.db")
    texts = [t for (t,) in db.execute("select text from versions where source = 'p'")]
    db.close()
    return result, source, texts


def assert_error(result, source, texts, reason: str) -> None:
    assert result.exit_code == 1, result.output
    assert texts == []
    assert source["status"] == "error"
    assert reason in source["problem"], source["problem"]
    assert "\n" not in source["problem"]
    [line] = [ln for ln in result.output.splitlines() if ln.startswith("p:")]
    assert reason in line


BAD_BODIES = {
    "random-bytes": (random.Random(1).randbytes(200_000), "text/html",
                     "not text: binary data that no character encoding fits"),
    "random-bytes-labelled-utf-8": (random.Random(2).randbytes(200_000),
                                    "text/html; charset=utf-8", "not text: "),
    "png-labelled-html": (png(), "text/html", "not text: the body is a PNG image"),
    "mostly-control-characters": ("\x01\x02 text \x03\x04\x05\x06\x07\x08" * 500, "text/plain",
                                  "of it is control characters or invalid bytes"),
    "json-labelled-html": (json.dumps({"policy": POLICY, "items": list(range(50))}),
                           "text/html; charset=utf-8", "not a page: a JSON document"),
    "javascript-labelled-html": ("/*! app v1 */\n(function(){var p=" + json.dumps(POLICY)
                                 + ";document.body.textContent=p;})();", "text/html",
                                 "not a page: JavaScript"),
    "javascript": ("window.__STATE__ = {};", "text/javascript",
                   "not a document (content type text/javascript)"),
    "empty": (b"", "text/html; charset=utf-8", "empty body"),
    "whitespace-only": (b"  \r\n\t ", "text/html", "empty body"),
}


@pytest.mark.parametrize("name", BAD_BODIES)
def test_a_body_that_is_not_a_page_is_an_error_with_its_reason(server, tmp_path, name):
    body, content_type, reason = BAD_BODIES[name]
    assert_error(*check(server, tmp_path, body, content_type), reason)


GOOD_BODIES = {
    # A byte-order mark wins over a charset label nobody knows.
    "utf-16-bom-unknown-label": (b"\xff\xfe" + PAGE.encode("utf-16-le"),
                                 "text/html; charset=x-unknown-charset"),
    "utf-16be-bom": (b"\xfe\xff" + PAGE.encode("utf-16-be"), "text/html"),
    # An unknown HTTP label falls through to the page's <meta>.
    "unknown-label-then-meta": (PAGE.replace("<head>", '<head><meta charset="windows-1252">')
                                .encode("cp1252"), "text/html; charset=bogus"),
    # No label at all: detected.
    "unlabelled-windows-1252": (PAGE.encode("cp1252"), "text/html"),
    # A Content-Type that lies the other way: a page labelled as binary is a page.
    "html-labelled-octet-stream": (PAGE.encode(), "application/octet-stream"),
    "html-labelled-image": (PAGE.encode(), "image/png"),
}


@pytest.mark.parametrize("name", GOOD_BODIES)
def test_a_page_is_decoded_as_a_browser_decodes_it(server, tmp_path, name):
    body, content_type = GOOD_BODIES[name]
    result, source, texts = check(server, tmp_path, body, content_type)
    assert result.exit_code == 0, result.output
    [text] = texts
    assert POLICY in text
    assert "Café owners, naïve users and résumé writers" in text
    assert "\ufffd" not in text and "\0" not in text


def test_latin_1_label_is_read_as_windows_1252_as_browsers_do(server, tmp_path):
    body = PAGE.replace("alike.", "\u201calike\u201d \u2013 all.").encode("cp1252")
    result, source, [text] = check(server, tmp_path, body, "text/html; charset=iso-8859-1")
    assert result.exit_code == 0, result.output
    assert "\u201calike\u201d \u2013 all." in text  # bytes 0x93, 0x94, 0x96


def test_nul_bytes_inside_words_are_dropped_as_browsers_drop_them(server, tmp_path):
    body = PAGE.replace("must not", "mu\0st n\0ot").encode()
    result, source, [text] = check(server, tmp_path, body, "text/html; charset=utf-8")
    assert result.exit_code == 0, result.output
    assert POLICY in text and "\ufffd" not in text


def test_a_body_cut_mid_tag_is_still_a_page_with_its_text(server, tmp_path):
    body = PAGE.split("<p>Café")[0] + "<p>Café owners were cut off here<a hr"
    result, source, [text] = check(server, tmp_path, body, "text/html; charset=utf-8")
    assert result.exit_code == 0, result.output
    assert POLICY in text and "Café owners were cut off here" in text


def test_a_run_of_invalid_bytes_is_one_replacement_character():
    decoded = decode(b"caf\xff\xfe\xfd and cr\xe8me", "text/plain; charset=utf-8")
    assert decoded.text == "caf\ufffd and cr\ufffdme"


def test_a_body_cut_in_its_last_character_is_still_utf_8():
    decoded = decode("Résumé".encode()[:-1], "text/html")
    assert decoded.encoding == "utf-8" and decoded.text == "Résum\ufffd"


@pytest.mark.parametrize("label", ["utf-7", "base64", "rot13", "x-nothing"])
def test_labels_browsers_do_not_know_fall_through(label):
    body = "<meta charset=utf-8><p>Caf\u00e9 +AGEAYgBj-</p>".encode()
    decoded = decode(body, f"text/html; charset={label}")
    assert decoded.found_by == "meta" and "Caf\u00e9 +AGEAYgBj-" in decoded.text
