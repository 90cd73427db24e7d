"""Fetch: sources -> raw bodies.  httpx with retries and conditional GET (http), the
browser renderer for `render = "browser"` sources (browser), and decoding as browsers do
(encoding, sniff).  Imports only models, config and errors."""
