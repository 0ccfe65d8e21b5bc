"""The `AgentNode` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime  # noqa: F401 (pydantic resolves inherited fields here)
from typing import (
    ClassVar,
    cast,  # noqa: F401 (pydantic resolves inherited fields here)
)
from uuid import UUID  # noqa: F401 (pydantic resolves inherited fields here)

from pydantic import ConfigDict, Field

from ..models.agent_mode import AgentMode  # noqa: F401 (pydantic resolves inherited fields here)
from ..models.agent_role import AgentRole  # noqa: F401 (pydantic resolves inherited fields here)
from ..models.agent_status import AgentStatus  # noqa: F401 (pydantic resolves inherited fields here)
from ..types import UNSET, Unset, WireModel  # noqa: F401 (pydantic resolves inherited fields here)
from .agent import Agent


class AgentNode(Agent):
    """An agent as a node of a hierarchy, with its children.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = Agent.__wire_omit_none__ | frozenset(
        {
            "children",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    children: "list[AgentNode] | None" = Field(
        default=None,
        validation_alias="children",
        serialization_alias="children",
        description="The agent's children, ordered by level descending then name; absent at the depth limit.",
    )
    """The agent's children, ordered by level descending then name; absent at the depth limit."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_capability import AgentCapability  # noqa: E402, F401
