"""The `AgentNodeResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentNodeResponse(WireModel):
    """An agent hierarchy.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "AgentNode" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="An agent as a node of a hierarchy, with its children.",
    )
    """An agent as a node of a hierarchy, with its children."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_node import AgentNode  # noqa: E402
