"""The `CreateConsensusRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.consensus_type import ConsensusType
from ..types import WireModel, reject_unknown_enum_members


class CreateConsensusRequest(WireModel):
    """A decision to put to a vote.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "subject_id",
            "subject_type",
            "quorum_required",
            "approval_threshold",
            "expires_in_hours",
            "voter_ids",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    type: ConsensusType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="What kind of decision a consensus request is about.",
    )
    """What kind of decision a consensus request is about."""

    title: str = Field(
        validation_alias="title",
        serialization_alias="title",
        description="A short title.",
    )
    """A short title."""

    description: str = Field(
        validation_alias="description",
        serialization_alias="description",
        description="What is being decided.",
    )
    """What is being decided."""

    subject_id: str | None = Field(
        default=None,
        validation_alias="subjectId",
        serialization_alias="subjectId",
        description="The UUID of the entity the decision is about (an agent, a task...).",
    )
    """The UUID of the entity the decision is about (an agent, a task...)."""

    subject_type: str | None = Field(
        default=None,
        validation_alias="subjectType",
        serialization_alias="subjectType",
        description="The kind of that entity, such as `agent` or `task`.",
    )
    """The kind of that entity, such as `agent` or `task`."""

    quorum_required: int | None = Field(
        default=None,
        validation_alias="quorumRequired",
        serialization_alias="quorumRequired",
        description="How many votes decide the request; 2 when omitted.",
    )
    """How many votes decide the request; 2 when omitted."""

    approval_threshold: int | None = Field(
        default=None,
        validation_alias="approvalThreshold",
        serialization_alias="approvalThreshold",
        description="The approval percentage (of approve and reject votes) needed to approve; 50 when omitted.",
    )
    """The approval percentage (of approve and reject votes) needed to approve; 50 when omitted."""

    expires_in_hours: int | None = Field(
        default=None,
        validation_alias="expiresInHours",
        serialization_alias="expiresInHours",
        description="How long voting stays open, in hours; 24 when omitted.",
    )
    """How long voting stays open, in hours; 24 when omitted."""

    voter_ids: list[str] | None = Field(
        default=None,
        validation_alias="voterIds",
        serialization_alias="voterIds",
        description="UUIDs of the only agents allowed to vote (kept as `metadata.eligibleVoters`); every agent of the organisation when omitted.",
    )
    """UUIDs of the only agents allowed to vote (kept as `metadata.eligibleVoters`); every agent of
    the organisation when omitted."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
