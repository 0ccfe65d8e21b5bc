"""The `UpdateCapabilityRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.proficiency import Proficiency
from ..types import WireModel, reject_unknown_enum_members


class UpdateCapabilityRequest(WireModel):
    """A new proficiency for a capability.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    proficiency: Proficiency = Field(
        validation_alias="proficiency",
        serialization_alias="proficiency",
        description="How good an agent is at a capability.",
    )
    """How good an agent is at a capability."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
