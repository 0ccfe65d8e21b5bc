"""The `AutoAssignRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class AutoAssignRequest(WireModel):
    """Limits on the candidates of an automatic assignment.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "min_coverage",
            "exclude_agent_ids",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    min_coverage: int | None = Field(
        default=None,
        validation_alias="minCoverage",
        serialization_alias="minCoverage",
        description="Leave out agents that cover less than this percentage of the required capabilities.",
    )
    """Leave out agents that cover less than this percentage of the required capabilities."""

    exclude_agent_ids: list[str] | None = Field(
        default=None,
        validation_alias="excludeAgentIds",
        serialization_alias="excludeAgentIds",
        description="UUIDs of agents that must not be chosen.",
    )
    """UUIDs of agents that must not be chosen."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
