"""The `CastVoteRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.vote_value import VoteValue
from ..types import WireModel, reject_unknown_enum_members


class CastVoteRequest(WireModel):
    """A vote on a consensus request.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    vote: VoteValue = Field(
        validation_alias="vote",
        serialization_alias="vote",
        description="A vote; abstentions count towards the quorum but not towards the approval percentage.",
    )
    """A vote; abstentions count towards the quorum but not towards the approval percentage."""

    reason: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the agent votes so.",
    )
    """Why the agent votes so."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
