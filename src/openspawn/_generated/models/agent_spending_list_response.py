"""The `AgentSpendingListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentSpendingListResponse(WireModel):
    """Credit summaries of the active agents.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[AgentSpending]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="One summary per active agent, the biggest spender first.",
    )
    """One summary per active agent, the biggest spender first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_spending import AgentSpending  # noqa: E402
