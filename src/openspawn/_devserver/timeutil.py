"""Timestamps as the upstream server prints them: ISO-8601 UTC, milliseconds, ``Z``."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime

__all__ = ["iso_from_epoch", "new_id", "now_iso", "parse_iso"]


def iso_from_epoch(seconds: float) -> str:
    moment = datetime.fromtimestamp(seconds, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def now_iso() -> str:
    return iso_from_epoch(time.time())


def parse_iso(text: str) -> datetime | None:
    """Parse an ISO-8601 date or date-time; naive values are taken as UTC."""
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def to_iso(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def new_id() -> str:
    return str(uuid.uuid4())
