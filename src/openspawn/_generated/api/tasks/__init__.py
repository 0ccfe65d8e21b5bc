"""Request builders for the operations tagged `tasks`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .add_task_comment import build as add_task_comment
from .add_task_dependency import build as add_task_dependency
from .approve_task import build as approve_task
from .assign_task import build as assign_task
from .claim_task import build as claim_task
from .create_task import build as create_task
from .create_task_template import build as create_task_template
from .create_task_template_from_task import build as create_task_template_from_task
from .delete_task_template import build as delete_task_template
from .get_task import build as get_task
from .get_task_template import build as get_task_template
from .instantiate_task_template import build as instantiate_task_template
from .list_task_comments import build as list_task_comments
from .list_task_templates import build as list_task_templates
from .list_tasks import build as list_tasks
from .remove_task_dependency import build as remove_task_dependency
from .transition_task import build as transition_task

__all__ = [
    "add_task_comment",
    "add_task_dependency",
    "approve_task",
    "assign_task",
    "claim_task",
    "create_task",
    "create_task_template",
    "create_task_template_from_task",
    "delete_task_template",
    "get_task",
    "get_task_template",
    "instantiate_task_template",
    "list_task_comments",
    "list_task_templates",
    "list_tasks",
    "remove_task_dependency",
    "transition_task",
]
