"""The `PendingAgent` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class PendingAgent(WireModel):
    """An agent waiting for activation.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's slug.",
    )
    """The agent's slug."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The agent's display name.",
    )
    """The agent's display name."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level.",
    )
    """The agent's level."""

    parent_id: str | None = Field(
        validation_alias="parentId",
        serialization_alias="parentId",
        description="The UUID of the agent that spawned it.",
    )
    """The UUID of the agent that spawned it."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the agent was spawned.",
    )
    """When the agent was spawned."""
