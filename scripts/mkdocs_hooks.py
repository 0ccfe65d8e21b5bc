"""MkDocs hook (mkdocs.yml `hooks:`): complete the nav with the pages that exist right now.

* docs/reference/<resource>.md is generated from openapi.yaml by `make generate`; its pages are
  listed under "API reference" (its index first) whenever they exist.
* Any other top-level page of docs/ that mkdocs.yml does not name (a guide added later, such as
  retries or webhooks) is appended to the nav, titled by its first heading.

So the nav neither names a page that does not exist (a strict build would fail) nor leaves a
new page out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

SECTION = "API reference"
FOLDER = "reference"
INDEXES = ("index.md", "README.md")


def on_config(config: Any) -> Any:
    docs = Path(config["docs_dir"])
    nav: list[Any] = config["nav"]
    listed = set(_paths(nav))

    folder = docs / FOLDER
    pages = sorted(folder.glob("*.md")) if folder.is_dir() else []
    pages.sort(key=lambda p: p.name not in INDEXES)
    entries = [f"{FOLDER}/{p.name}" for p in pages if f"{FOLDER}/{p.name}" not in listed]
    if entries:
        section = next((i for i in nav if isinstance(i, dict) and SECTION in i), None)
        if section is None:
            nav.append({SECTION: [{"Resources": entries}]})
        else:
            section[SECTION] = [*section[SECTION], {"Resources": entries}]

    for page in sorted(docs.glob("*.md")):
        if page.name not in listed and page.name not in INDEXES:
            nav.append(page.name)
    return config


def _paths(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _paths(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _paths(value)
