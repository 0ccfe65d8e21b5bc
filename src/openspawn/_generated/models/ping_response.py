"""The `PingResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class PingResponse(WireModel):
    """The answer to an authenticated probe.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description="Always `Hello API`.",
    )
    """Always `Hello API`."""
