"""The `SendDirectMessageRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.message_type import MessageType
from ..types import WireModel, reject_unknown_enum_members


class SendDirectMessageRequest(WireModel):
    """A direct message to another agent.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    to_agent_id: str = Field(
        validation_alias="toAgentId",
        serialization_alias="toAgentId",
        description="The UUID of the receiving agent.",
    )
    """The UUID of the receiving agent."""

    body: str = Field(
        validation_alias="body",
        serialization_alias="body",
        description="The message's text.",
    )
    """The message's text."""

    type: MessageType | None = Field(
        default=None,
        validation_alias="type",
        serialization_alias="type",
        description="The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update` reports progress and `request` asks for something.",
    )
    """The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update`
    reports progress and `request` asks for something."""

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
