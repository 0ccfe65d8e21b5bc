"""The `MessageResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class MessageResponse(WireModel):
    """A bare confirmation message, answered by actions that return no resource.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description='A human-readable confirmation, such as "Agent rejected".',
    )
    """A human-readable confirmation, such as "Agent rejected"."""
