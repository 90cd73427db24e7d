"""Any fetched body -> clause blocks, by what kind of document it is (HTML, PDF, text).

Shared by the live check, backfill and re-extraction: the one place that decides how a
stored or fetched body becomes blocks.
"""

from __future__ import annotations

from tracker.errors import TrackerError
from tracker.extract.documents import body_kind, pdf_blocks, text_blocks
from tracker.extract.html import Extraction, extract
from tracker.models import Block, FetchResult, Source


def to_blocks(result: FetchResult, source: Source) -> list[Block]:
    """Turn a fetched body into clause blocks, by what kind of document it is."""
    return to_extraction(result, source).blocks or []


def to_extraction(
    result: FetchResult, source: Source, *, unless_region: str | None = None
) -> Extraction:
    """to_blocks, with the selected region's digest for an HTML page with `select`
    (and no blocks when that is `unless_region`)."""
    body = result.body or b""
    kind = body_kind(result.content_type, result.final_url or result.url, body)
    if kind == "pdf":
        return Extraction(pdf_blocks(body, source_id=source.id))
    text = result.text if result.text is not None else body.decode("utf-8", "replace")
    if kind in ("text", "markdown"):
        return Extraction(text_blocks(text, markdown=kind == "markdown"))
    if kind == "unknown":
        raise TrackerError(f"{source.id}: not a document (content type {result.content_type})")
    html = body if result.utf8 and result.body else text  # the same page, not re-encoded
    return extract(html, select=source.select, remove=source.remove, source_id=source.id,
                   unless_region=unless_region)
