"""The `CreditBalanceResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditBalanceResponse(WireModel):
    """The caller's credit balance.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "CreditBalance" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The caller's credit balance and budget.",
    )
    """The caller's credit balance and budget."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.credit_balance import CreditBalance  # noqa: E402
