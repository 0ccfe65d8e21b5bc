"""The `SpawnCapacityResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class SpawnCapacityResponse(WireModel):
    """An agent's spawn capacity.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "SpawnCapacity" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="Whether an agent may spawn another child.",
    )
    """Whether an agent may spawn another child."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.spawn_capacity import SpawnCapacity  # noqa: E402
