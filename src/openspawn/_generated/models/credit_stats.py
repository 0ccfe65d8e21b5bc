"""The `CreditStats` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditStats(WireModel):
    """The organisation's credit totals.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    total_agents: int = Field(
        validation_alias="totalAgents",
        serialization_alias="totalAgents",
        description="Agents of the organisation, whatever their status.",
    )
    """Agents of the organisation, whatever their status."""

    active_agents: int = Field(
        validation_alias="activeAgents",
        serialization_alias="activeAgents",
        description="Active agents.",
    )
    """Active agents."""

    total_balance: int = Field(
        validation_alias="totalBalance",
        serialization_alias="totalBalance",
        description="The sum of all agents' balances.",
    )
    """The sum of all agents' balances."""

    total_transactions: int = Field(
        validation_alias="totalTransactions",
        serialization_alias="totalTransactions",
        description="Ledger entries of the organisation.",
    )
    """Ledger entries of the organisation."""

    total_earned: int = Field(
        validation_alias="totalEarned",
        serialization_alias="totalEarned",
        description="The sum of all `credit` entries.",
    )
    """The sum of all `credit` entries."""

    total_spent: int = Field(
        validation_alias="totalSpent",
        serialization_alias="totalSpent",
        description="The sum of all `debit` entries.",
    )
    """The sum of all `debit` entries."""

    avg_balance: int = Field(
        validation_alias="avgBalance",
        serialization_alias="avgBalance",
        description="The rounded average balance per agent.",
    )
    """The rounded average balance per agent."""
