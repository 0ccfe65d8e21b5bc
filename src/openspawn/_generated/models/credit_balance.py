"""The `CreditBalance` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditBalance(WireModel):
    """The caller's credit balance and budget.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    balance: int = Field(
        validation_alias="balance",
        serialization_alias="balance",
        description="The caller's credit balance.",
    )
    """The caller's credit balance."""

    budget_period_spent: int = Field(
        validation_alias="budgetPeriodSpent",
        serialization_alias="budgetPeriodSpent",
        description="The credits spent in the current budget period.",
    )
    """The credits spent in the current budget period."""

    budget_period_limit: int | None = Field(
        validation_alias="budgetPeriodLimit",
        serialization_alias="budgetPeriodLimit",
        description="The most credits the caller may spend per period; null means no limit.",
    )
    """The most credits the caller may spend per period; null means no limit."""
