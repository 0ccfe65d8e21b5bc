"""The `SendMessageRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.message_type import MessageType
from ..types import WireModel, reject_unknown_enum_members


class SendMessageRequest(WireModel):
    """A message to post in a channel.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "parent_message_id",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    channel_id: str = Field(
        validation_alias="channelId",
        serialization_alias="channelId",
        description="The UUID of the channel.",
    )
    """The UUID of the channel."""

    body: str = Field(
        validation_alias="body",
        serialization_alias="body",
        description="The message's text.",
    )
    """The message's text."""

    type: MessageType = Field(
        default=MessageType.TEXT,
        validation_alias="type",
        serialization_alias="type",
        description="The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update` reports progress and `request` asks for something.",
    )
    """The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update`
    reports progress and `request` asks for something."""

    parent_message_id: str | None = Field(
        default=None,
        validation_alias="parentMessageId",
        serialization_alias="parentMessageId",
        description="The UUID of the message this one replies to.",
    )
    """The UUID of the message this one replies to."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data to attach to the message.",
    )
    """Free-form data to attach to the message."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
