"""The `ConsensusVoteResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ConsensusVoteResponse(WireModel):
    """A recorded vote, with a confirmation.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "ConsensusVote" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="One agent's vote on a consensus request.",
    )
    """One agent's vote on a consensus request."""

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description='The confirmation "Vote recorded".',
    )
    """The confirmation "Vote recorded"."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.consensus_vote import ConsensusVote  # noqa: E402
