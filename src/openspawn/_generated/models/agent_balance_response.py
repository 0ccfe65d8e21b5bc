"""The `AgentBalanceResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentBalanceResponse(WireModel):
    """An agent's credit balance.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "AgentBalance" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="An agent's credit balance.",
    )
    """An agent's credit balance."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_balance import AgentBalance  # noqa: E402
