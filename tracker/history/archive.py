"""The Internet Archive's Wayback Machine: list captures (CDX API) and fetch their content.

The base URL is a setting (`[archive] url`, env TRACKER_ARCHIVE_URL) so tests run against
a fake archive on loopback.  Captures are fetched in their `id_` form: the page as it was
served, without the archive's toolbar.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import httpx

from tracker.errors import FetchError


@dataclass(frozen=True)
class Capture:
    timestamp: str  # YYYYMMDDhhmmss, the archive's id of the capture
    original: str
    digest: str
    mimetype: str | None = None

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.strptime(self.timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S").replace(
            tzinfo=dt.UTC
        )

    def content_url(self, base: str) -> str:
        return f"{base.rstrip('/')}/web/{self.timestamp}id_/{self.original}"


def list_captures(
    client: httpx.Client,
    base: str,
    url: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    retries: int = 3,
    backoff: float = 1.0,
    source_id: str = "?",
) -> list[Capture]:
    """Distinct (by digest) status-200 captures of `url`, oldest first."""
    params: dict[str, str] = {
        "url": url,
        "output": "json",
        "fl": "timestamp,original,statuscode,digest,mimetype",
        "filter": "statuscode:200",
        "collapse": "digest",
    }
    if since:
        params["from"] = since.strftime("%Y%m%d")
    if until:
        params["to"] = until.strftime("%Y%m%d") + "235959"
    endpoint = f"{base.rstrip('/')}/cdx/search/cdx"
    response = _get(client, endpoint, params, retries, backoff, source_id)
    if not response.text.strip():
        return []
    try:
        rows = response.json()
    except ValueError:
        raise FetchError(f"{source_id}: archive answered with something that is not JSON") from None
    if not rows:
        return []
    header, *data = rows
    index = {name: header.index(name) for name in header}
    captures: dict[str, Capture] = {}
    seen_digests: set[str] = set()
    for row in data:
        status = row[index["statuscode"]] if "statuscode" in index else "200"
        if status != "200":
            continue
        capture = Capture(
            timestamp=row[index["timestamp"]],
            original=row[index["original"]],
            digest=row[index["digest"]],
            mimetype=row[index["mimetype"]] if "mimetype" in index else None,
        )
        if capture.digest in seen_digests:  # the archive may not collapse non-adjacent repeats
            continue
        seen_digests.add(capture.digest)
        captures[capture.timestamp] = capture
    return [captures[t] for t in sorted(captures)]


def _get(
    client: httpx.Client,
    url: str,
    params: dict[str, str],
    retries: int,
    backoff: float,
    source_id: str,
) -> httpx.Response:
    problem = "no answer"
    for attempt in range(retries + 1):
        try:
            response = client.get(url, params=params)
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
        else:
            if response.status_code == 200:
                return response
            problem = f"HTTP {response.status_code}"
            if response.status_code not in (429, 500, 502, 503, 504):
                break
        if attempt < retries:
            time.sleep(backoff * (2**attempt))
    raise FetchError(f"{source_id}: archive listing failed: {problem}")
