"""The `MatchedCapability` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.proficiency import Proficiency
from ..types import WireModel


class MatchedCapability(WireModel):
    """A capability of the best-matching agent.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    capability: str = Field(
        validation_alias="capability",
        serialization_alias="capability",
        description="The capability's name.",
    )
    """The capability's name."""

    proficiency: Proficiency = Field(
        validation_alias="proficiency",
        serialization_alias="proficiency",
        description="How good an agent is at a capability.",
    )
    """How good an agent is at a capability."""
