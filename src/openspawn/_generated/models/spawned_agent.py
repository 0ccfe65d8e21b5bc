"""The `SpawnedAgent` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.agent_status import AgentStatus
from ..types import WireModel


class SpawnedAgent(WireModel):
    """The summary of a newly spawned child agent.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The child's UUID.",
    )
    """The child's UUID."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The child's slug, to send as `X-Agent-Id` once it is active.",
    )
    """The child's slug, to send as `X-Agent-Id` once it is active."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The child's display name.",
    )
    """The child's display name."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The child's level.",
    )
    """The child's level."""

    status: AgentStatus = Field(
        validation_alias="status",
        serialization_alias="status",
        description="An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can authenticate, `revoked` is final.",
    )
    """An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can
    authenticate, `revoked` is final."""

    parent_id: str = Field(
        validation_alias="parentId",
        serialization_alias="parentId",
        description="The UUID of the parent (the caller).",
    )
    """The UUID of the parent (the caller)."""
