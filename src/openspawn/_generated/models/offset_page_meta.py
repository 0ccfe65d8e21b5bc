"""The `OffsetPageMeta` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class OffsetPageMeta(WireModel):
    """Paging information of an offset-paginated list.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    total: int = Field(
        validation_alias="total",
        serialization_alias="total",
        description="The number of items in the whole list.",
    )
    """The number of items in the whole list."""

    limit: int = Field(
        validation_alias="limit",
        serialization_alias="limit",
        description="The page size that was applied.",
    )
    """The page size that was applied."""

    offset: int = Field(
        validation_alias="offset",
        serialization_alias="offset",
        description="The number of items skipped before this page.",
    )
    """The number of items skipped before this page."""
