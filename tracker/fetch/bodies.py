"""How a fetched body is identified (sha256) and kept (zstd): one definition for the
fetch threads and workers that compute both off the GIL, and for the store."""

from __future__ import annotations

import hashlib
import zlib

import zstandard

# Bodies stored before zstd are zlib streams; a zstd frame starts with this magic number.
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def body_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack_body(data: bytes) -> bytes:
    """How raw bodies are kept: zstd level 1.  HTML shrinks 5x, as with zlib level 6,
    in a sixth of the time (0.13 ms against 0.83 ms for a 100 KB page): a first run
    packs every page it fetches."""
    return zstandard.ZstdCompressor(level=1).compress(data)


def unpack_body(data: bytes) -> bytes:
    """A stored body, zstd or (stored by earlier versions) zlib."""
    if data[:4] == _ZSTD_MAGIC:
        return zstandard.ZstdDecompressor().decompress(data)
    return zlib.decompress(data)
