"""Request builders for the operations tagged `routing`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .auto_assign_task import build as auto_assign_task
from .list_task_candidates import build as list_task_candidates
from .suggest_assignees import build as suggest_assignees

__all__ = [
    "auto_assign_task",
    "list_task_candidates",
    "suggest_assignees",
]
