"""The `CreditHistoryResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditHistoryResponse(WireModel):
    """One page of the caller's credit ledger.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[CreditTransaction]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The ledger entries, newest first.",
    )
    """The ledger entries, newest first."""

    meta: "OffsetPageMeta" = Field(
        validation_alias="meta",
        serialization_alias="meta",
        description="Paging information of an offset-paginated list.",
    )
    """Paging information of an offset-paginated list."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.credit_transaction import CreditTransaction  # noqa: E402
from ..models.offset_page_meta import OffsetPageMeta  # noqa: E402
