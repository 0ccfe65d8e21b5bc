"""The `AgentCreatedResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentCreatedResponse(WireModel):
    """The answer to an agent registration, with the agent's secret.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "AgentCreated" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The summary of a newly registered agent.",
    )
    """The summary of a newly registered agent."""

    secret: str = Field(
        validation_alias="secret",
        serialization_alias="secret",
        description="The agent's signing secret (64 lowercase hex characters); shown only once and never retrievable again.",
    )
    """The agent's signing secret (64 lowercase hex characters); shown only once and never
    retrievable again."""

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description="A reminder to store the secret safely.",
    )
    """A reminder to store the secret safely."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_created import AgentCreated  # noqa: E402
