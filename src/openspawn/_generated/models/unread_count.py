"""The `UnreadCount` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class UnreadCount(WireModel):
    """The number of unread direct messages.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    count: int = Field(
        validation_alias="count",
        serialization_alias="count",
        description="How many direct messages to the caller are unread.",
    )
    """How many direct messages to the caller are unread."""
