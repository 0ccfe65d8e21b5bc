"""Agent slugs (``agentId``) derived from display names."""

from __future__ import annotations

import re

__all__ = ["MAX_SLUG_LENGTH", "slugify"]

MAX_SLUG_LENGTH = 100
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """``"New Worker Agent"`` -> ``"new-worker-agent"``: lower-case, every run of
    characters other than ASCII letters and digits becomes one ``-``, no ``-`` at
    either end, at most 100 characters. May return ``""`` (e.g. for ``"!!!"``)."""
    slug = _NON_ALNUM.sub("-", name.lower()).strip("-")
    return slug[:MAX_SLUG_LENGTH].rstrip("-")
