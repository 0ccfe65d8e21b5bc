"""The README's per-operation compatibility table, rendered from the spec's upstream markers.

Every operation carries (or defaults to) a status against the real upstream server:
`x-bikinibottom-extension: true` (no such route upstream) or `x-bikinibottom-upstream:
{status: works|differs|shadowed|broken, note}`; no marker means it works. `make generate` writes
the table between the two markers below in README.md, and `make check-generated` fails when the
README's table and the spec disagree, so the table can never drift from the contract.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

START = "<!-- compatibility-table:start (generated from openapi.yaml by make generate) -->"
END = "<!-- compatibility-table:end -->"
_STATUSES = ("works", "differs", "shadowed", "broken")


class CompatibilityError(Exception):
    """A marker the table cannot show (the message names the operation)."""


def status_of(operation: dict[str, Any]) -> tuple[str, str]:
    """(status, note) of one operation against upstream."""
    if operation.get("x-bikinibottom-extension"):
        marker = operation.get("x-bikinibottom-upstream") or {}
        return "extension", str(marker.get("note") or "no such route upstream")
    marker = operation.get("x-bikinibottom-upstream")
    if marker is None:
        return "works", ""
    status = marker.get("status")
    if status not in _STATUSES:
        raise CompatibilityError(
            f"{operation.get('operationId')}: x-bikinibottom-upstream.status is {status!r}; "
            f"use one of {', '.join(_STATUSES)}"
        )
    return str(status), str(marker.get("note") or "")


def render(rows: Iterable[tuple[str, str, str, dict[str, Any]]]) -> str:
    """The table for (SDK method, HTTP method, path, operation) rows, in the given order."""
    lines = [
        "| SDK method | route | upstream | what upstream does instead |",
        "|---|---|---|---|",
    ]
    counts = dict.fromkeys((*_STATUSES, "extension"), 0)
    for method, http_method, path, operation in rows:
        status, note = status_of(operation)
        counts[status] += 1
        route = f"`{http_method.upper()} {path.removeprefix('/api/v1')}`"
        cell = note.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{method}` | {route} | {status} | {cell} |")
    summary = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    return "\n".join([f"{sum(counts.values())} operations: {summary}.", "", *lines, ""])


def replace_in(readme: str, table: str) -> str:
    """README text with the block between the markers replaced by ``table``."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise CompatibilityError(f"README.md has no {START!r} … {END!r} block")
    return readme[: start + len(START)] + "\n" + table + readme[end:]
