"""The `CreditTriggerBreakdown` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditTriggerBreakdown(WireModel):
    """The ledger entries of one trigger type.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    trigger_type: str = Field(
        validation_alias="triggerType",
        serialization_alias="triggerType",
        description="The entries' `triggerType`, or `unknown` when they have none.",
    )
    """The entries' `triggerType`, or `unknown` when they have none."""

    count: int = Field(
        validation_alias="count",
        serialization_alias="count",
        description="How many entries.",
    )
    """How many entries."""

    total_amount: int = Field(
        validation_alias="totalAmount",
        serialization_alias="totalAmount",
        description="Their total amount.",
    )
    """Their total amount."""

    avg_amount: int = Field(
        validation_alias="avgAmount",
        serialization_alias="avgAmount",
        description="Their rounded average amount.",
    )
    """Their rounded average amount."""
