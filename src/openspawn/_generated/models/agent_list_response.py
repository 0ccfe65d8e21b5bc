"""The `AgentListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, GetCoreSchemaHandler
from pydantic_core import CoreSchema

from ..summaries import WireSummary, summarise_items
from ..types import WireModel


class AgentListResponse(WireModel):
    """A list of agents.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[Agent]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The agents.",
    )
    """The agents."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        # List answers carry only some fields of each item (`x-python-summary`).
        return summarise_items(handler(source), handler, data=AgentSummary)


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent import Agent  # noqa: E402

# What Agent's fields refer to: pydantic resolves the summary's inherited fields here.
from ..models.agent_capability import AgentCapability  # noqa: E402, F401
from ..models.agent_metadata import AgentMetadata  # noqa: E402, F401
from ..models.agent_mode import AgentMode  # noqa: E402, F401
from ..models.agent_role import AgentRole  # noqa: E402, F401
from ..models.agent_status import AgentStatus  # noqa: E402, F401


class AgentSummary(WireSummary, Agent):
    """An `Agent` as list answers carry it (`AgentListResponse.data`): only the fields
    they carry are validated and stored; it reads, compares, dumps and pickles as the full
    `Agent`, its other fields None (see `WireSummary`)."""

    __wire_carried__: ClassVar[tuple[str, ...]] = (
        "id",
        "agent_id",
        "name",
        "role",
        "level",
        "model",
        "status",
        "current_balance",
        "created_at",
    )
