"""The `TransitionTaskRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.task_status import TaskStatus
from ..types import WireModel, reject_unknown_enum_members


class TransitionTaskRequest(WireModel):
    """The target status of a task transition.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "notes",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    status: TaskStatus = Field(
        validation_alias="status",
        serialization_alias="status",
        description="A task's position in its state machine; `done` and `cancelled` are terminal.",
    )
    """A task's position in its state machine; `done` and `cancelled` are terminal."""

    notes: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the task moves; recorded with the transition event (`notes` in Python).",
    )
    """Why the task moves; recorded with the transition event (`notes` in Python)."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
