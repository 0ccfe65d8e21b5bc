"""The `AdjustCreditsRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.credit_type import CreditType
from ..types import WireModel, reject_unknown_enum_members


class AdjustCreditsRequest(WireModel):
    """An administrative credit adjustment.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The UUID of the agent to adjust.",
    )
    """The UUID of the agent to adjust."""

    amount: int = Field(
        validation_alias="amount",
        serialization_alias="amount",
        description="The number of credits to add or remove.",
    )
    """The number of credits to add or remove."""

    type: CreditType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="The direction of a ledger entry; `credit` adds to the balance, `debit` removes from it.",
    )
    """The direction of a ledger entry; `credit` adds to the balance, `debit` removes from it."""

    reason: str = Field(
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the adjustment is made; stored with the prefix `[Admin] `.",
    )
    """Why the adjustment is made; stored with the prefix `[Admin] `."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
