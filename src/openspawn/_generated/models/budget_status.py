"""The `BudgetStatus` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class BudgetStatus(WireModel):
    """An agent's balance and budget for the current period.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    current_balance: int = Field(
        validation_alias="currentBalance",
        serialization_alias="currentBalance",
        description="The agent's credit balance.",
    )
    """The agent's credit balance."""

    budget_period_limit: int | None = Field(
        validation_alias="budgetPeriodLimit",
        serialization_alias="budgetPeriodLimit",
        description="The most credits the agent may spend in a period; null means no limit.",
    )
    """The most credits the agent may spend in a period; null means no limit."""

    budget_period_spent: int = Field(
        validation_alias="budgetPeriodSpent",
        serialization_alias="budgetPeriodSpent",
        description="The credits spent in the current period.",
    )
    """The credits spent in the current period."""

    budget_remaining: int | None = Field(
        validation_alias="budgetRemaining",
        serialization_alias="budgetRemaining",
        description="The credits left in the current period; null when there is no limit (or the limit is 0).",
    )
    """The credits left in the current period; null when there is no limit (or the limit is 0)."""

    budget_period_start: datetime.datetime | None = Field(
        validation_alias="budgetPeriodStart",
        serialization_alias="budgetPeriodStart",
        description="When the current period started, if it was ever reset.",
    )
    """When the current period started, if it was ever reset."""

    utilization_percent: int | None = Field(
        validation_alias="utilizationPercent",
        serialization_alias="utilizationPercent",
        description="The share of the limit already spent, as a rounded percentage; null when there is no limit.",
    )
    """The share of the limit already spent, as a rounded percentage; null when there is no limit."""
