"""Debug logging of requests, retries and responses, with secrets redacted.

``OPENSPAWN_LOG=debug`` (or ``info``) attaches a stderr handler to the ``openspawn`` logger
when the first client is built; otherwise the SDK logs only to handlers the application set up.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

__all__ = ["RedactedHeaders", "logger", "redact_headers", "setup_from_env"]

logger = logging.getLogger("openspawn")
_SECRET_HEADERS = frozenset({"authorization", "x-signature", "cookie", "proxy-authorization"})
_configured = False


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` safe to log: credentials are replaced by a marker."""
    safe: dict[str, str] = {}
    for name, value in headers.items():
        if name.lower() in _SECRET_HEADERS:
            scheme = value.split(" ", 1)[0] if " " in value else ""
            safe[name] = f"{scheme} [redacted]".strip()
        else:
            safe[name] = value
    return safe


class RedactedHeaders(dict[str, str]):
    """A request's headers whose repr hides the credentials (tracebacks show frame locals)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(redact_headers(self))

    def __reduce__(self) -> Any:
        return (dict, (redact_headers(self),))


def setup_from_env() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("OPENSPAWN_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
