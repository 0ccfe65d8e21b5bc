"""The `AgentResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentResponse(WireModel):
    """One agent.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "Agent" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="An agent. List items carry only the required summary fields; a single agent carries more,and the full entity (after an update) carries every field.",
    )
    """An agent. List items carry only the required summary fields; a single agent carries more,
    and the full entity (after an update) carries every field."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent import Agent  # noqa: E402
