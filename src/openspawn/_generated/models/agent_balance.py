"""The `AgentBalance` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentBalance(WireModel):
    """An agent's credit balance.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    balance: int = Field(
        validation_alias="balance",
        serialization_alias="balance",
        description="The agent's current credit balance.",
    )
    """The agent's current credit balance."""
