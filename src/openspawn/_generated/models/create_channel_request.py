"""The `CreateChannelRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.channel_type import ChannelType
from ..types import WireModel, reject_unknown_enum_members


class CreateChannelRequest(WireModel):
    """A channel to create.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "task_id",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The channel's name, unique in the organisation.",
    )
    """The channel's name, unique in the organisation."""

    type: ChannelType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="The kind of a channel; `task` belongs to one task, `agent` carries direct messages, `broadcast` and `general` are shared.",
    )
    """The kind of a channel; `task` belongs to one task, `agent` carries direct messages,
    `broadcast` and `general` are shared."""

    task_id: str | None = Field(
        default=None,
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The UUID of the task the channel belongs to.",
    )
    """The UUID of the task the channel belongs to."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data to attach to the channel.",
    )
    """Free-form data to attach to the channel."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
