"""Request builders for the operations tagged `escalations`.

Each name is the `build` function of the module of the same name, imported the first time it
is read, so that one call loads only its own builder and the models it parses.
Generated from openapi.yaml by `make generate`; do not edit."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
