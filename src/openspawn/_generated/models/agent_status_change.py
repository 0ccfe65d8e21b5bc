"""The `AgentStatusChange` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.agent_status import AgentStatus
from ..types import WireModel


class AgentStatusChange(WireModel):
    """An agent's new status after an action.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    status: AgentStatus = Field(
        validation_alias="status",
        serialization_alias="status",
        description="An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can authenticate, `revoked` is final.",
    )
    """An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can
    authenticate, `revoked` is final."""
