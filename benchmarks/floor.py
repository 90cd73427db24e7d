"""The floor: download every page with the standard library and pull its text with lxml.

No storage, no comparison: the least any page monitor must do.  Same concurrency as the
tool.  Usage: python benchmarks/floor.py URL_FILE CONCURRENCY
"""

from __future__ import annotations

import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import lxml.html


def fetch(url: str) -> int:
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read()
    doc = lxml.html.document_fromstring(body)
    main = doc.find(".//main")
    return len((main if main is not None else doc).text_content())


def main() -> None:
    urls = open(sys.argv[1]).read().split()
    with ThreadPoolExecutor(int(sys.argv[2])) as pool:
        total = sum(pool.map(fetch, urls))
    print(f"{len(urls)} pages, {total} characters of text")


if __name__ == "__main__":
    main()
