"""The `CreditTransactionResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditTransactionResponse(WireModel):
    """One ledger entry.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "CreditTransaction" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="An entry of the append-only credit ledger.",
    )
    """An entry of the append-only credit ledger."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.credit_transaction import CreditTransaction  # noqa: E402
