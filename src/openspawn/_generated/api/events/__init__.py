"""Request builders for the operations tagged `events`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .get_event import build as get_event
from .list_events import build as list_events

__all__ = [
    "get_event",
    "list_events",
]
