"""The `CreditTrendListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditTrendListResponse(WireModel):
    """Daily ledger totals.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[CreditTrendPoint]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="One point per day with entries, the oldest first.",
    )
    """One point per day with entries, the oldest first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.credit_trend_point import CreditTrendPoint  # noqa: E402
