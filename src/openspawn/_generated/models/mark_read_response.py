"""The `MarkReadResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class MarkReadResponse(WireModel):
    """The result of marking direct messages as read.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "MarkReadResult" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The result of marking direct messages as read.",
    )
    """The result of marking direct messages as read."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.mark_read_result import MarkReadResult  # noqa: E402
