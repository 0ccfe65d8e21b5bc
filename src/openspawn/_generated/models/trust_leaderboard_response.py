"""The `TrustLeaderboardResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TrustLeaderboardResponse(WireModel):
    """The agents with the highest trust scores.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[TrustLeaderboardEntry]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The agents, highest trust score first.",
    )
    """The agents, highest trust score first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.trust_leaderboard_entry import TrustLeaderboardEntry  # noqa: E402
