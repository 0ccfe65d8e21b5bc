"""Request builders for the operations tagged `agents`.

Each name is the `build` function of the module of the same name, imported the first time it
is read, so that one call loads only its own builder and the models it parses.
Generated from openapi.yaml by `make generate`; do not edit."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activate_agent import build as activate_agent
    from .add_agent_capability import build as add_agent_capability
    from .apply_reputation_penalty import build as apply_reputation_penalty
    from .award_reputation_bonus import build as award_reputation_bonus
    from .can_agent_spend import build as can_agent_spend
    from .demote_agent import build as demote_agent
    from .find_best_capability_match import build as find_best_capability_match
    from .get_agent import build as get_agent
    from .get_agent_balance import build as get_agent_balance
    from .get_agent_budget import build as get_agent_budget
    from .get_agent_hierarchy import build as get_agent_hierarchy
    from .get_agent_reputation import build as get_agent_reputation
    from .get_spawn_capacity import build as get_spawn_capacity
    from .get_trust_leaderboard import build as get_trust_leaderboard
    from .list_agent_capabilities import build as list_agent_capabilities
    from .list_agents import build as list_agents
    from .list_budget_alerts import build as list_budget_alerts
    from .list_pending_agents import build as list_pending_agents
    from .list_reputation_history import build as list_reputation_history
    from .match_agent_capabilities import build as match_agent_capabilities
    from .register_agent import build as register_agent
    from .reject_agent import build as reject_agent
    from .remove_agent_capability import build as remove_agent_capability
    from .revoke_agent import build as revoke_agent
    from .set_agent_budget import build as set_agent_budget
    from .spawn_agent import build as spawn_agent
    from .update_agent import build as update_agent
    from .update_agent_capability import build as update_agent_capability

__all__ = [
    "activate_agent",
    "add_agent_capability",
    "apply_reputation_penalty",
    "award_reputation_bonus",
    "can_agent_spend",
    "demote_agent",
    "find_best_capability_match",
    "get_agent",
    "get_agent_balance",
    "get_agent_budget",
    "get_agent_hierarchy",
    "get_agent_reputation",
    "get_spawn_capacity",
    "get_trust_leaderboard",
    "list_agent_capabilities",
    "list_agents",
    "list_budget_alerts",
    "list_pending_agents",
    "list_reputation_history",
    "match_agent_capabilities",
    "register_agent",
    "reject_agent",
    "remove_agent_capability",
    "revoke_agent",
    "set_agent_budget",
    "spawn_agent",
    "update_agent",
    "update_agent_capability",
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
