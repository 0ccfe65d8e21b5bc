"""The `AgentCapability` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.proficiency import Proficiency
from ..types import WireModel


class AgentCapability(WireModel):
    """A capability of an agent, with its proficiency.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The UUID of this capability row.",
    )
    """The UUID of this capability row."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The UUID (not the slug) of the agent that has the capability.",
    )
    """The UUID (not the slug) of the agent that has the capability."""

    capability: str = Field(
        validation_alias="capability",
        serialization_alias="capability",
        description="The capability's name, such as `python`.",
    )
    """The capability's name, such as `python`."""

    proficiency: Proficiency = Field(
        validation_alias="proficiency",
        serialization_alias="proficiency",
        description="How good an agent is at a capability.",
    )
    """How good an agent is at a capability."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the capability was added.",
    )
    """When the capability was added."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""
