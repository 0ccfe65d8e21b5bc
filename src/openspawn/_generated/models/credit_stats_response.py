"""The `CreditStatsResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditStatsResponse(WireModel):
    """The organisation's credit totals.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "CreditStats" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The organisation's credit totals.",
    )
    """The organisation's credit totals."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.credit_stats import CreditStats  # noqa: E402
