"""The `AgentSpawnedResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentSpawnedResponse(WireModel):
    """The answer to a spawn request, with the child's secret.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "SpawnedAgent" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The summary of a newly spawned child agent.",
    )
    """The summary of a newly spawned child agent."""

    secret: str = Field(
        validation_alias="secret",
        serialization_alias="secret",
        description="The child's signing secret (64 lowercase hex characters); shown only once and never retrievable again.",
    )
    """The child's signing secret (64 lowercase hex characters); shown only once and never
    retrievable again."""

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description="A reminder that the child must be activated.",
    )
    """A reminder that the child must be activated."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.spawned_agent import SpawnedAgent  # noqa: E402
