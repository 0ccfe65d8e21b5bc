"""Request builders for the operations tagged `tasks`.

Each name is the `build` function of the module of the same name, imported the first time it
is read, so that one call loads only its own builder and the models it parses.
Generated from openapi.yaml by `make generate`; do not edit."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


class _Builders(ModuleType):
    """This package. Importing a submodule sets the package's attribute of its name to the module:
    here it becomes the module's `build`, whichever way the module was imported first."""

    def __getattr__(self, name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        value = importlib.import_module(f".{name}", self.__name__).build
        super().__setattr__(name, value)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, ModuleType) and value.__name__ == f"{self.__name__}.{name}":
            value = value.build
        super().__setattr__(name, value)

    def __dir__(self) -> list[str]:
        return sorted(__all__)


sys.modules[__name__].__class__ = _Builders
