"""Small pure helpers the resources use to shape requests and results."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["describe_event", "slugify"]

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str, max_length: int = 100) -> str:
    """The ``agentId`` derived from a name: ``"New Worker Agent"`` → ``"new-worker-agent"``."""
    slug = _NON_SLUG.sub("-", name.lower()).strip("-")[:max_length].rstrip("-")
    if not slug:
        raise ValueError(
            f"cannot derive an agent_id from the name {name!r}; pass agent_id= explicitly"
        )
    return slug


def describe_event(
    event_type: str, entity_type: str | None, entity_id: str | None, data: Any
) -> str:
    """A readable sentence for an event that arrived without one (upstream sends none)."""
    subject = entity_type or "entity"
    detail = ""
    if isinstance(data, dict):
        for key in ("title", "name", "identifier", "agentId", "status", "to"):
            value = data.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool):
                detail = f" ({key} {value})"
                break
    ref = f" {entity_id}" if entity_id else ""
    return f"{event_type}: {subject}{ref}{detail}"
