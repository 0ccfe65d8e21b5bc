"""The `TopSpenderListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TopSpenderListResponse(WireModel):
    """The biggest spenders.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[TopSpender]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The agents, the biggest spender first.",
    )
    """The agents, the biggest spender first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.top_spender import TopSpender  # noqa: E402
