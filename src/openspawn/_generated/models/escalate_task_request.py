"""The `EscalateTaskRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.escalation_reason import EscalationReason
from ..types import WireModel, reject_unknown_enum_members


class EscalateTaskRequest(WireModel):
    """An escalation of a task.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "notes",
            "target_agent_id",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    reason: EscalationReason = Field(
        validation_alias="reason",
        serialization_alias="reason",
        description="Why a task is escalated. `MANUAL` is the usual choice for an agent; the others name the automatic triggers.",
    )
    """Why a task is escalated. `MANUAL` is the usual choice for an agent; the others name the
    automatic triggers."""

    notes: str | None = Field(
        default=None,
        validation_alias="notes",
        serialization_alias="notes",
        description="Free text about the escalation.",
    )
    """Free text about the escalation."""

    target_agent_id: str | None = Field(
        default=None,
        validation_alias="targetAgentId",
        serialization_alias="targetAgentId",
        description="The agent to escalate to; by default the assignee's parent, else an agent one level higher.",
    )
    """The agent to escalate to; by default the assignee's parent, else an agent one level higher."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
