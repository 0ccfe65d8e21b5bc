"""The `MessageResponseEnvelope` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class MessageResponseEnvelope(WireModel):
    """One message.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "Message" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A message in a channel (direct messages included).",
    )
    """A message in a channel (direct messages included)."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.message import Message  # noqa: E402
