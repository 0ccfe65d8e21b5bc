"""The `MessageListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class MessageListResponse(WireModel):
    """A list of messages.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[Message]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The messages, oldest first.",
    )
    """The messages, oldest first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.message import Message  # noqa: E402
