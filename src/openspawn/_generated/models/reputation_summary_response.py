"""The `ReputationSummaryResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ReputationSummaryResponse(WireModel):
    """An agent's reputation summary.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "ReputationSummary" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="An agent's trust score, reputation level, track record and promotion progress.",
    )
    """An agent's trust score, reputation level, track record and promotion progress."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.reputation_summary import ReputationSummary  # noqa: E402
