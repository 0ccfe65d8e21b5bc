"""The `DirectMessageListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class DirectMessageListResponse(WireModel):
    """A list of direct messages.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[DirectMessage]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The direct messages, oldest first.",
    )
    """The direct messages, oldest first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.direct_message import DirectMessage  # noqa: E402
