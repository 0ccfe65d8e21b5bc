"""The `EventPageMeta` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class EventPageMeta(WireModel):
    """Paging information of the event list.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    total: int = Field(
        validation_alias="total",
        serialization_alias="total",
        description="The number of events that match the filters.",
    )
    """The number of events that match the filters."""

    page: int | str = Field(
        validation_alias="page",
        serialization_alias="page",
        description="The 1-based page number; echoed as the string sent in the query, or the number 1 by default.",
    )
    """The 1-based page number; echoed as the string sent in the query, or the number 1 by default."""

    limit: int | str = Field(
        validation_alias="limit",
        serialization_alias="limit",
        description="The page size; echoed as the string sent in the query, or the number 50 by default.",
    )
    """The page size; echoed as the string sent in the query, or the number 50 by default."""
