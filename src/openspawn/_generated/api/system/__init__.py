"""Request builders for the operations tagged `system`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .get_health import build as get_health
from .ping import build as ping

__all__ = [
    "get_health",
    "ping",
]
