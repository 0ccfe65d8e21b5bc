"""The `BudgetAlertListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class BudgetAlertListResponse(WireModel):
    """The agents at or above 80 % of their budget limit.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[BudgetStatus]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="Their budget statuses, the highest utilisation first.",
    )
    """Their budget statuses, the highest utilisation first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.budget_status import BudgetStatus  # noqa: E402
