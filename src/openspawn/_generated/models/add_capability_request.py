"""The `AddCapabilityRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.proficiency import Proficiency
from ..types import WireModel, reject_unknown_enum_members


class AddCapabilityRequest(WireModel):
    """A capability to add to an agent.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "proficiency",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    capability: str = Field(
        validation_alias="capability",
        serialization_alias="capability",
        description="The capability's name; stored lower-cased and trimmed.",
    )
    """The capability's name; stored lower-cased and trimmed."""

    proficiency: Proficiency | None = Field(
        default=None,
        validation_alias="proficiency",
        serialization_alias="proficiency",
        description="How good an agent is at a capability.",
    )
    """How good an agent is at a capability."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
