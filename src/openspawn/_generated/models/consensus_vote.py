"""The `ConsensusVote` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.vote_value import VoteValue
from ..types import WireModel


class ConsensusVote(WireModel):
    """One agent's vote on a consensus request.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "voter",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The vote's UUID.",
    )
    """The vote's UUID."""

    request_id: str = Field(
        validation_alias="requestId",
        serialization_alias="requestId",
        description="The consensus request's UUID.",
    )
    """The consensus request's UUID."""

    voter_id: str = Field(
        validation_alias="voterId",
        serialization_alias="voterId",
        description="The voting agent's UUID.",
    )
    """The voting agent's UUID."""

    vote: VoteValue = Field(
        validation_alias="vote",
        serialization_alias="vote",
        description="A vote; abstentions count towards the quorum but not towards the approval percentage.",
    )
    """A vote; abstentions count towards the quorum but not towards the approval percentage."""

    voter_level: int = Field(
        validation_alias="voterLevel",
        serialization_alias="voterLevel",
        description="The voter's level when it voted.",
    )
    """The voter's level when it voted."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the vote was cast.",
    )
    """When the vote was cast."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    reason: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the agent voted so.",
    )
    """Why the agent voted so."""

    voter: "Agent | None" = Field(
        default=None,
        validation_alias="voter",
        serialization_alias="voter",
        description="An agent. List items carry only the required summary fields; a single agent carries more,and the full entity (after an update) carries every field.",
    )
    """An agent. List items carry only the required summary fields; a single agent carries more,
    and the full entity (after an update) carries every field."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent import Agent  # noqa: E402
