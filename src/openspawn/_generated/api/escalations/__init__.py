"""Request builders for the operations tagged `escalations`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .escalate_task import build as escalate_task
from .list_open_escalations import build as list_open_escalations
from .list_task_escalations import build as list_task_escalations
from .resolve_escalation import build as resolve_escalation

__all__ = [
    "escalate_task",
    "list_open_escalations",
    "list_task_escalations",
    "resolve_escalation",
]
