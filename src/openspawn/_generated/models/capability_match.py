"""The `CapabilityMatch` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.agent_status import AgentStatus
from ..models.proficiency import Proficiency
from ..types import WireModel


class CapabilityMatch(WireModel):
    """One capability of one agent that matches a capability search.

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
        description="The agent's display name.",
    )
    """The agent's display name."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level.",
    )
    """The agent's level."""

    status: AgentStatus = Field(
        validation_alias="status",
        serialization_alias="status",
        description="An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can authenticate, `revoked` is final.",
    )
    """An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can
    authenticate, `revoked` is final."""

    capability: str = Field(
        validation_alias="capability",
        serialization_alias="capability",
        description="The matched capability.",
    )
    """The matched capability."""

    proficiency: Proficiency = Field(
        validation_alias="proficiency",
        serialization_alias="proficiency",
        description="How good an agent is at a capability.",
    )
    """How good an agent is at a capability."""

    score: int = Field(
        validation_alias="score",
        serialization_alias="score",
        description="The proficiency as a score (`basic` 1, `standard` 2, `expert` 3).",
    )
    """The proficiency as a score (`basic` 1, `standard` 2, `expert` 3)."""
