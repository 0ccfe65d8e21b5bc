"""The `AgentListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentListResponse(WireModel):
    """A list of agents.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: list[Agent] = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The agents.",
    )
    """The agents."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent import Agent  # noqa: E402
