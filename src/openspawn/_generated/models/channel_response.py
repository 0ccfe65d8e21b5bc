"""The `ChannelResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ChannelResponse(WireModel):
    """One channel.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "Channel" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A channel that groups messages.",
    )
    """A channel that groups messages."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.channel import Channel  # noqa: E402
