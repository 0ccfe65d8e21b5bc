"""The `ConversationListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ConversationListResponse(WireModel):
    """A list of conversations.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[Conversation]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The conversations, most recent first.",
    )
    """The conversations, most recent first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.conversation import Conversation  # noqa: E402
