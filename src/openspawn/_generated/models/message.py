"""The `Message` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.message_type import MessageType
from ..types import WireModel


class Message(WireModel):
    """A message in a channel (direct messages included).

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The message's UUID.",
    )
    """The message's UUID."""

    channel_id: str = Field(
        validation_alias="channelId",
        serialization_alias="channelId",
        description="The UUID of the channel.",
    )
    """The UUID of the channel."""

    sender_id: str = Field(
        validation_alias="senderId",
        serialization_alias="senderId",
        description="The UUID of the agent that sent the message.",
    )
    """The UUID of the agent that sent the message."""

    type: MessageType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update` reports progress and `request` asks for something.",
    )
    """The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update`
    reports progress and `request` asks for something."""

    body: str = Field(
        validation_alias="body",
        serialization_alias="body",
        description="The message's text.",
    )
    """The message's text."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the message was sent.",
    )
    """When the message was sent."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    recipient_id: str | None = Field(
        default=None,
        validation_alias="recipientId",
        serialization_alias="recipientId",
        description="The UUID of the receiving agent, for a direct message.",
    )
    """The UUID of the receiving agent, for a direct message."""

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
        description="Free-form data attached to the message; direct messages carry `read`.",
    )
    """Free-form data attached to the message; direct messages carry `read`."""
