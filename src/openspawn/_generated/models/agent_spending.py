"""The `AgentSpending` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentSpending(WireModel):
    """One agent's credit summary.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    agent_name: str = Field(
        validation_alias="agentName",
        serialization_alias="agentName",
        description="The agent's display name.",
    )
    """The agent's display name."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level.",
    )
    """The agent's level."""

    current_balance: int = Field(
        validation_alias="currentBalance",
        serialization_alias="currentBalance",
        description="The agent's balance.",
    )
    """The agent's balance."""

    total_earned: int = Field(
        validation_alias="totalEarned",
        serialization_alias="totalEarned",
        description="The sum of the agent's `credit` entries.",
    )
    """The sum of the agent's `credit` entries."""

    total_spent: int = Field(
        validation_alias="totalSpent",
        serialization_alias="totalSpent",
        description="The sum of the agent's `debit` entries.",
    )
    """The sum of the agent's `debit` entries."""

    transaction_count: int = Field(
        validation_alias="transactionCount",
        serialization_alias="transactionCount",
        description="The agent's ledger entries.",
    )
    """The agent's ledger entries."""

    avg_transaction_size: int = Field(
        validation_alias="avgTransactionSize",
        serialization_alias="avgTransactionSize",
        description="The rounded average amount per entry (0 without entries).",
    )
    """The rounded average amount per entry (0 without entries)."""

    last_activity: datetime.datetime | None = Field(
        validation_alias="lastActivity",
        serialization_alias="lastActivity",
        description="When the latest entry was written.",
    )
    """When the latest entry was written."""
