"""MkDocs hook (mkdocs.yml `hooks:`): put the pages of docs/reference/ into the nav.

docs/reference/<resource>.md is generated from openapi.yaml by another step of the build; this
hook lists whatever pages are there under "API reference" (its index first), so the nav
neither names a page that does not exist yet nor leaves a new one out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SECTION = "API reference"
FOLDER = "reference"


def on_config(config: Any) -> Any:
    folder = Path(config["docs_dir"]) / FOLDER
    pages = sorted(folder.glob("*.md")) if folder.is_dir() else []
    if not pages:
        return config
    first = {"index.md", "README.md"}
    ordered = [p for p in pages if p.name in first] + [p for p in pages if p.name not in first]
    entries = [f"{FOLDER}/{p.name}" for p in ordered]
    for item in config["nav"]:
        if isinstance(item, dict) and SECTION in item:
            item[SECTION] = [*item[SECTION], {"Resources": entries}]
            break
    else:
        config["nav"].append({SECTION: [{"Resources": entries}]})
    return config
