"""The `CreditTriggerListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditTriggerListResponse(WireModel):
    """The ledger grouped by trigger type.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[CreditTriggerBreakdown]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="One row per trigger type, the largest total first.",
    )
    """One row per trigger type, the largest total first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.credit_trigger_breakdown import CreditTriggerBreakdown  # noqa: E402
