"""The `TopSpender` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TopSpender(WireModel):
    """An agent and what it spent in the window.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    agent_name: str = Field(
        validation_alias="agentName",
        serialization_alias="agentName",
        description="The agent's display name (`Unknown` when it no longer exists).",
    )
    """The agent's display name (`Unknown` when it no longer exists)."""

    total_spent: int = Field(
        validation_alias="totalSpent",
        serialization_alias="totalSpent",
        description="The sum of its `debit` entries in the window.",
    )
    """The sum of its `debit` entries in the window."""
