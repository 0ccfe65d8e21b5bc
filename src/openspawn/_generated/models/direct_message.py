"""The `DirectMessage` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.message_type import MessageType
from ..types import WireModel


class DirectMessage(WireModel):
    """A direct message between two agents, as seen in a conversation.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The message's UUID.",
    )
    """The message's UUID."""

    from_agent_id: str = Field(
        validation_alias="fromAgentId",
        serialization_alias="fromAgentId",
        description="The UUID of the sending agent.",
    )
    """The UUID of the sending agent."""

    from_agent_name: str = Field(
        validation_alias="fromAgentName",
        serialization_alias="fromAgentName",
        description="The name of the sending agent.",
    )
    """The name of the sending agent."""

    to_agent_id: str = Field(
        validation_alias="toAgentId",
        serialization_alias="toAgentId",
        description="The UUID of the receiving agent.",
    )
    """The UUID of the receiving agent."""

    to_agent_name: str = Field(
        validation_alias="toAgentName",
        serialization_alias="toAgentName",
        description="The name of the receiving agent.",
    )
    """The name of the receiving agent."""

    body: str = Field(
        validation_alias="body",
        serialization_alias="body",
        description="The message's text.",
    )
    """The message's text."""

    type: MessageType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update` reports progress and `request` asks for something.",
    )
    """The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update`
    reports progress and `request` asks for something."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the message was sent.",
    )
    """When the message was sent."""

    read: bool = Field(
        validation_alias="read",
        serialization_alias="read",
        description="True once the receiver has marked it as read.",
    )
    """True once the receiver has marked it as read."""
