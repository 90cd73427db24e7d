"""Fetch: sources -> raw bodies.  httpx with retries and conditional GET (http), the
browser renderer for `render = "browser"` sources (browser), and decoding as browsers do
(encoding, sniff).  Imports only models, config and errors."""

import sys

if "httpx" not in sys.modules:
    # httpx's package imports its command-line client when click, rich and pygments are
    # installed (rich comes with many tools): 30-40 ms of every run's start-up for code
    # the tracker never calls.  A None entry makes that one import fail, which httpx
    # expects (it then defines a stub `main`); the entry goes once httpx is loaded, so an
    # explicit `import httpx._main` later still works.
    sys.modules["httpx._main"] = None  # type: ignore[assignment]
    try:
        import httpx  # noqa: F401
    finally:
        if sys.modules.get("httpx._main", 0) is None:
            del sys.modules["httpx._main"]
