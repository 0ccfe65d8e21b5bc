"""The `MarkReadResult` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class MarkReadResult(WireModel):
    """The result of marking direct messages as read.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    marked_read: int = Field(
        validation_alias="markedRead",
        serialization_alias="markedRead",
        description="How many messages were marked as read.",
    )
    """How many messages were marked as read."""
