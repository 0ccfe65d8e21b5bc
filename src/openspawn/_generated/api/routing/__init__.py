"""Request builders for the operations tagged `routing`.

Each name is the `build` function of the module of the same name, imported the first time it
is read, so that one call loads only its own builder and the models it parses.
Generated from openapi.yaml by `make generate`; do not edit."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auto_assign_task import build as auto_assign_task
    from .list_task_candidates import build as list_task_candidates
    from .suggest_assignees import build as suggest_assignees

__all__ = [
    "auto_assign_task",
    "list_task_candidates",
    "suggest_assignees",
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
