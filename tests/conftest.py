"""Shared fixtures: a loopback HTTP server and paths to the seed documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    yield srv
    srv.stop()
