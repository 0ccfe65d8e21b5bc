"""The `ConsensusRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.consensus_status import ConsensusStatus
from ..models.consensus_type import ConsensusType
from ..types import WireModel


class ConsensusRequest(WireModel):
    """A decision put to a vote of agents. Reads embed the requester (and, for a single request,
    the votes).

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "metadata",
            "updated_at",
            "requester",
            "votes",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The request's UUID.",
    )
    """The request's UUID."""

    type: ConsensusType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="What kind of decision a consensus request is about.",
    )
    """What kind of decision a consensus request is about."""

    status: ConsensusStatus = Field(
        validation_alias="status",
        serialization_alias="status",
        description="Where a consensus request stands; every status but `PENDING` is final.",
    )
    """Where a consensus request stands; every status but `PENDING` is final."""

    title: str = Field(
        validation_alias="title",
        serialization_alias="title",
        description="The short title.",
    )
    """The short title."""

    description: str = Field(
        validation_alias="description",
        serialization_alias="description",
        description="What is being decided.",
    )
    """What is being decided."""

    requester_id: str = Field(
        validation_alias="requesterId",
        serialization_alias="requesterId",
        description="The UUID of the agent that opened the vote.",
    )
    """The UUID of the agent that opened the vote."""

    quorum_required: int = Field(
        validation_alias="quorumRequired",
        serialization_alias="quorumRequired",
        description="How many votes decide the request.",
    )
    """How many votes decide the request."""

    approval_threshold: int = Field(
        validation_alias="approvalThreshold",
        serialization_alias="approvalThreshold",
        description="The approval percentage needed to approve.",
    )
    """The approval percentage needed to approve."""

    votes_approve: int = Field(
        validation_alias="votesApprove",
        serialization_alias="votesApprove",
        description="The number of approvals so far.",
    )
    """The number of approvals so far."""

    votes_reject: int = Field(
        validation_alias="votesReject",
        serialization_alias="votesReject",
        description="The number of rejections so far.",
    )
    """The number of rejections so far."""

    votes_abstain: int = Field(
        validation_alias="votesAbstain",
        serialization_alias="votesAbstain",
        description="The number of abstentions so far.",
    )
    """The number of abstentions so far."""

    expires_at: datetime.datetime = Field(
        validation_alias="expiresAt",
        serialization_alias="expiresAt",
        description="When voting closes.",
    )
    """When voting closes."""

    decided_at: datetime.datetime | None = Field(
        validation_alias="decidedAt",
        serialization_alias="decidedAt",
        description="When the request was approved, rejected, expired or cancelled.",
    )
    """When the request was approved, rejected, expired or cancelled."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the vote was opened.",
    )
    """When the vote was opened."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    subject_id: str | None = Field(
        default=None,
        validation_alias="subjectId",
        serialization_alias="subjectId",
        description="The UUID of the entity the decision is about.",
    )
    """The UUID of the entity the decision is about."""

    subject_type: str | None = Field(
        default=None,
        validation_alias="subjectType",
        serialization_alias="subjectType",
        description="The kind of that entity.",
    )
    """The kind of that entity."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data; `eligibleVoters` lists the agents allowed to vote, when limited.",
    )
    """Free-form data; `eligibleVoters` lists the agents allowed to vote, when limited."""

    updated_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="updatedAt",
        serialization_alias="updatedAt",
        description="When the request last changed.",
    )
    """When the request last changed."""

    requester: "Agent | None" = Field(
        default=None,
        validation_alias="requester",
        serialization_alias="requester",
        description="An agent. List items carry only the required summary fields; a single agent carries more,and the full entity (after an update) carries every field.",
    )
    """An agent. List items carry only the required summary fields; a single agent carries more,
    and the full entity (after an update) carries every field."""

    votes: "list[ConsensusVote] | None" = Field(
        default=None,
        validation_alias="votes",
        serialization_alias="votes",
        description="The votes cast, oldest first (a single request only).",
    )
    """The votes cast, oldest first (a single request only)."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent import Agent  # noqa: E402
from ..models.consensus_vote import ConsensusVote  # noqa: E402
