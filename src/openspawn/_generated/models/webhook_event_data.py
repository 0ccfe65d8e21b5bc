"""The `WebhookEventData` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.event_severity import EventSeverity
from ..types import WireModel


class WebhookEventData(WireModel):
    """The audit event of a delivery (`orgId`, `type` and `reasoning` are left out).

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "entity_type",
            "severity",
            "data",
            "created_at",
            "message",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The event's UUID (the same as in `GET /events`); de-duplicate on it. Absent on `test` deliveries.",
    )
    """The event's UUID (the same as in `GET /events`); de-duplicate on it. Absent on `test`
    deliveries."""

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
        description="The UUID of the entity the event is about.",
    )
    """The UUID of the entity the event is about."""

    severity: EventSeverity | None = Field(
        default=None,
        validation_alias="severity",
        serialization_alias="severity",
        description="How important an event is.",
    )
    """How important an event is."""

    data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="data",
        serialization_alias="data",
        description="The event-specific payload (keys per type in docs/webhooks.md).",
    )
    """The event-specific payload (keys per type in docs/webhooks.md)."""

    created_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the event happened.",
    )
    """When the event happened."""

    message: str | None = Field(
        default=None,
        validation_alias="message",
        serialization_alias="message",
        description="Only on `test` deliveries.",
    )
    """Only on `test` deliveries."""
