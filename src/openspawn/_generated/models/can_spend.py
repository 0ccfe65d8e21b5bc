"""The `CanSpend` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CanSpend(WireModel):
    """Whether an agent can spend a given amount now.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    can_spend: bool = Field(
        validation_alias="canSpend",
        serialization_alias="canSpend",
        description="True when the agent could spend the amount.",
    )
    """True when the agent could spend the amount."""

    current_balance: int = Field(
        validation_alias="currentBalance",
        serialization_alias="currentBalance",
        description="The agent's credit balance.",
    )
    """The agent's credit balance."""

    budget_remaining: int | None = Field(
        validation_alias="budgetRemaining",
        serialization_alias="budgetRemaining",
        description="The credits left in the current period; null when there is no limit.",
    )
    """The credits left in the current period; null when there is no limit."""

    reason: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the agent cannot spend the amount; present only when `canSpend` is false.",
    )
    """Why the agent cannot spend the amount; present only when `canSpend` is false."""
