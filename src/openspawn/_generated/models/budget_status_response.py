"""The `BudgetStatusResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class BudgetStatusResponse(WireModel):
    """An agent's budget status.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "BudgetStatus" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="An agent's balance and budget for the current period.",
    )
    """An agent's balance and budget for the current period."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.budget_status import BudgetStatus  # noqa: E402
