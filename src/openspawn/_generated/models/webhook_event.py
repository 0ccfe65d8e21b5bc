"""The `WebhookEvent` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.webhook_event_type import WebhookEventType
from ..types import WireModel


class WebhookEvent(WireModel):
    """A post-hook delivery of one audit event.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    event: WebhookEventType = Field(
        validation_alias="event",
        serialization_alias="event",
        description="The 37 audit event types upstream emits, plus `test` (sent by `POST /webhooks/{id}/test`).A type this SDK does not know still parses (as a pseudo-member).",
    )
    """The 37 audit event types upstream emits, plus `test` (sent by `POST /webhooks/{id}/test`).
    A type this SDK does not know still parses (as a pseudo-member)."""

    timestamp: datetime.datetime = Field(
        validation_alias="timestamp",
        serialization_alias="timestamp",
        description="When the delivery was sent (signed with the body; the basis of the replay tolerance).",
    )
    """When the delivery was sent (signed with the body; the basis of the replay tolerance)."""

    data: "WebhookEventData" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The audit event of a delivery (`orgId`, `type` and `reasoning` are left out).",
    )
    """The audit event of a delivery (`orgId`, `type` and `reasoning` are left out)."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.webhook_event_data import WebhookEventData  # noqa: E402
