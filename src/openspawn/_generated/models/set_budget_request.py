"""The `SetBudgetRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class SetBudgetRequest(WireModel):
    """A new budget limit for an agent.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "reset_current_period",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    budget_period_limit: int = Field(
        validation_alias="budgetPeriodLimit",
        serialization_alias="budgetPeriodLimit",
        description="The most credits the agent may spend per period; 0 blocks all spending.",
    )
    """The most credits the agent may spend per period; 0 blocks all spending."""

    reset_current_period: bool | None = Field(
        default=None,
        validation_alias="resetCurrentPeriod",
        serialization_alias="resetCurrentPeriod",
        description="When true, the credits spent so far are reset to 0 and a new period starts now.",
    )
    """When true, the credits spent so far are reset to 0 and a new period starts now."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
