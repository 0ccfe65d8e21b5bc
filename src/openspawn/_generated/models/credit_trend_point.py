"""The `CreditTrendPoint` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditTrendPoint(WireModel):
    """The ledger totals of one day.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    date: datetime.datetime = Field(
        validation_alias="date",
        serialization_alias="date",
        description="The day, as midnight UTC.",
    )
    """The day, as midnight UTC."""

    credits: int = Field(
        validation_alias="credits",
        serialization_alias="credits",
        description="Credits received that day.",
    )
    """Credits received that day."""

    debits: int = Field(
        validation_alias="debits",
        serialization_alias="debits",
        description="Credits spent or given away that day.",
    )
    """Credits spent or given away that day."""

    net: int = Field(
        validation_alias="net",
        serialization_alias="net",
        description="credits minus debits.",
    )
    """credits minus debits."""
