"""The `AgentStatusResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentStatusResponse(WireModel):
    """The answer to an activation or revocation.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "AgentStatusChange" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="An agent's new status after an action.",
    )
    """An agent's new status after an action."""

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description="A human-readable confirmation.",
    )
    """A human-readable confirmation."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_status_change import AgentStatusChange  # noqa: E402
