"""The `EventListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class EventListResponse(WireModel):
    """One page of events.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[Event]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The events, newest first.",
    )
    """The events, newest first."""

    meta: "EventPageMeta" = Field(
        validation_alias="meta",
        serialization_alias="meta",
        description="Paging information of the event list.",
    )
    """Paging information of the event list."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.event import Event  # noqa: E402
from ..models.event_page_meta import EventPageMeta  # noqa: E402
