"""The `UnreadCountResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class UnreadCountResponse(WireModel):
    """The caller's unread direct-message count.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "UnreadCount" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The number of unread direct messages.",
    )
    """The number of unread direct messages."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.unread_count import UnreadCount  # noqa: E402
