"""The `Event` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.event_severity import EventSeverity
from ..types import WireModel


class Event(WireModel):
    """An entry of the organisation's audit log.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "entity_type",
            "data",
            "message",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The event's UUID.",
    )
    """The event's UUID."""

    type: str = Field(
        validation_alias="type",
        serialization_alias="type",
        description="The dotted event type, such as `task.created` or `agent.spawned`.",
    )
    """The dotted event type, such as `task.created` or `agent.spawned`."""

    severity: EventSeverity = Field(
        validation_alias="severity",
        serialization_alias="severity",
        description="How important an event is.",
    )
    """How important an event is."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the event happened.",
    )
    """When the event happened."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    actor_id: str | None = Field(
        default=None,
        validation_alias="actorId",
        serialization_alias="actorId",
        description="The UUID of the agent that caused the event.",
    )
    """The UUID of the agent that caused the event."""

    entity_type: str | None = Field(
        default=None,
        validation_alias="entityType",
        serialization_alias="entityType",
        description="The kind of entity the event is about, such as `task` or `agent`.",
    )
    """The kind of entity the event is about, such as `task` or `agent`."""

    entity_id: str | None = Field(
        default=None,
        validation_alias="entityId",
        serialization_alias="entityId",
        description="The id of the entity the event is about; a UUID, except for task templates, whose ids look like `tmpl_1796159606552_b6b069`.",
    )
    """The id of the entity the event is about; a UUID, except for task templates, whose ids look
    like `tmpl_1796159606552_b6b069`."""

    data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="data",
        serialization_alias="data",
        description="The event-specific payload.",
    )
    """The event-specific payload."""

    reasoning: str | None = Field(
        default=None,
        validation_alias="reasoning",
        serialization_alias="reasoning",
        description="The actor's stated reasoning, if any.",
    )
    """The actor's stated reasoning, if any."""

    message: str | None = Field(
        default=None,
        validation_alias="message",
        serialization_alias="message",
        description="A readable sentence describing the event. An extension; absent upstream.",
    )
    """A readable sentence describing the event. An extension; absent upstream."""
