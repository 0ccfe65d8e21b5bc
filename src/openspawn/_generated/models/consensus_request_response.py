"""The `ConsensusRequestResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ConsensusRequestResponse(WireModel):
    """One consensus request.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    data: "ConsensusRequest" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A decision put to a vote of agents. Reads embed the requester (and, for a single request, the votes).",
    )
    """A decision put to a vote of agents. Reads embed the requester (and, for a single request,
    the votes)."""

    message: str | None = Field(
        default=None,
        validation_alias="message",
        serialization_alias="message",
        description='A confirmation, answered by a cancellation ("Consensus request cancelled").',
    )
    """A confirmation, answered by a cancellation ("Consensus request cancelled")."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.consensus_request import ConsensusRequest  # noqa: E402
