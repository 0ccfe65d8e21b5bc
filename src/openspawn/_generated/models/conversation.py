"""The `Conversation` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class Conversation(WireModel):
    """A direct-message conversation of the caller with another agent.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    channel_id: str = Field(
        validation_alias="channelId",
        serialization_alias="channelId",
        description="The UUID of the conversation's channel.",
    )
    """The UUID of the conversation's channel."""

    other_agent_id: str = Field(
        validation_alias="otherAgentId",
        serialization_alias="otherAgentId",
        description="The UUID of the other agent.",
    )
    """The UUID of the other agent."""

    other_agent_name: str = Field(
        validation_alias="otherAgentName",
        serialization_alias="otherAgentName",
        description="The name of the other agent.",
    )
    """The name of the other agent."""

    other_agent_level: int = Field(
        validation_alias="otherAgentLevel",
        serialization_alias="otherAgentLevel",
        description="The level of the other agent.",
    )
    """The level of the other agent."""

    last_message: str = Field(
        validation_alias="lastMessage",
        serialization_alias="lastMessage",
        description="The text of the latest message; empty when there is none.",
    )
    """The text of the latest message; empty when there is none."""

    last_message_at: datetime.datetime = Field(
        validation_alias="lastMessageAt",
        serialization_alias="lastMessageAt",
        description="When the latest message was sent.",
    )
    """When the latest message was sent."""

    unread_count: int = Field(
        validation_alias="unreadCount",
        serialization_alias="unreadCount",
        description="How many messages from the other agent the caller has not read.",
    )
    """How many messages from the other agent the caller has not read."""
