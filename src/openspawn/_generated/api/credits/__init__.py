"""Request builders for the operations tagged `credits`.

Each name is the `build` function of the module of the same name, imported the first time it
is read, so that one call loads only its own builder and the models it parses.
Generated from openapi.yaml by `make generate`; do not edit."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adjust_credits import build as adjust_credits
    from .get_credit_balance import build as get_credit_balance
    from .get_credit_stats import build as get_credit_stats
    from .get_credit_trends import build as get_credit_trends
    from .get_credit_trigger_breakdown import build as get_credit_trigger_breakdown
    from .list_agent_spending import build as list_agent_spending
    from .list_credit_alerts import build as list_credit_alerts
    from .list_credit_history import build as list_credit_history
    from .list_top_spenders import build as list_top_spenders
    from .spend_credits import build as spend_credits
    from .transfer_credits import build as transfer_credits

__all__ = [
    "adjust_credits",
    "get_credit_balance",
    "get_credit_stats",
    "get_credit_trends",
    "get_credit_trigger_breakdown",
    "list_agent_spending",
    "list_credit_alerts",
    "list_credit_history",
    "list_top_spenders",
    "spend_credits",
    "transfer_credits",
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
