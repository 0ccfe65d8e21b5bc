"""The `EventResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class EventResponse(WireModel):
    """One event; upstream answers `data` null for an unknown id.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "Event | None" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The event, or null when no event has that id (upstream only; the dev server answers 404).",
    )
    """The event, or null when no event has that id (upstream only; the dev server answers 404)."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.event import Event  # noqa: E402
