"""The `CreditTransaction` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.credit_type import CreditType
from ..types import WireModel


class CreditTransaction(WireModel):
    """An entry of the append-only credit ledger.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "metadata",
            "agent",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The entry's UUID.",
    )
    """The entry's UUID."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The UUID of the agent whose balance changed.",
    )
    """The UUID of the agent whose balance changed."""

    type: CreditType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="The direction of a ledger entry; `credit` adds to the balance, `debit` removes from it.",
    )
    """The direction of a ledger entry; `credit` adds to the balance, `debit` removes from it."""

    amount: int = Field(
        validation_alias="amount",
        serialization_alias="amount",
        description="The number of credits moved; always positive, the direction is given by `type`.",
    )
    """The number of credits moved; always positive, the direction is given by `type`."""

    balance_after: int = Field(
        validation_alias="balanceAfter",
        serialization_alias="balanceAfter",
        description="The agent's balance after this entry.",
    )
    """The agent's balance after this entry."""

    reason: str = Field(
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the credits moved.",
    )
    """Why the credits moved."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the entry was written.",
    )
    """When the entry was written."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    trigger_type: str | None = Field(
        default=None,
        validation_alias="triggerType",
        serialization_alias="triggerType",
        description="A free-form category, such as `task.done`, `management_fee`, `admin_adjustment` or `llm_call`.",
    )
    """A free-form category, such as `task.done`, `management_fee`, `admin_adjustment` or
    `llm_call`."""

    trigger_event_id: str | None = Field(
        default=None,
        validation_alias="triggerEventId",
        serialization_alias="triggerEventId",
        description="The UUID of the event that caused the entry.",
    )
    """The UUID of the event that caused the entry."""

    source_task_id: str | None = Field(
        default=None,
        validation_alias="sourceTaskId",
        serialization_alias="sourceTaskId",
        description="The UUID of the related task.",
    )
    """The UUID of the related task."""

    source_agent_id: str | None = Field(
        default=None,
        validation_alias="sourceAgentId",
        serialization_alias="sourceAgentId",
        description="The UUID of the related agent (the counterpart of a transfer, the adjusting agent).",
    )
    """The UUID of the related agent (the counterpart of a transfer, the adjusting agent)."""

    litellm_cost_usd: str | None = Field(
        default=None,
        validation_alias="litellmCostUsd",
        serialization_alias="litellmCostUsd",
        description="The underlying LLM cost in US dollars, as a decimal string.",
    )
    """The underlying LLM cost in US dollars, as a decimal string."""

    idempotency_key: str | None = Field(
        default=None,
        validation_alias="idempotencyKey",
        serialization_alias="idempotencyKey",
        description="An idempotency key stored with the entry.",
    )
    """An idempotency key stored with the entry."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data attached to the entry.",
    )
    """Free-form data attached to the entry."""

    agent: "Agent | None" = Field(
        default=None,
        validation_alias="agent",
        serialization_alias="agent",
        description="An agent. List items carry only the required summary fields; a single agent carries more,and the full entity (after an update) carries every field.",
    )
    """An agent. List items carry only the required summary fields; a single agent carries more,
    and the full entity (after an update) carries every field."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent import Agent  # noqa: E402
