"""The `SpawnCapacity` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class SpawnCapacity(WireModel):
    """Whether an agent may spawn another child.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    can_spawn: bool = Field(
        validation_alias="canSpawn",
        serialization_alias="canSpawn",
        description="True when the agent may spawn another child.",
    )
    """True when the agent may spawn another child."""

    current: int = Field(
        validation_alias="current",
        serialization_alias="current",
        description="How many active children the agent has.",
    )
    """How many active children the agent has."""

    max: int = Field(
        validation_alias="max",
        serialization_alias="max",
        description="How many active children the agent may have.",
    )
    """How many active children the agent may have."""

    reason: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the agent cannot spawn; present only when `canSpawn` is false.",
    )
    """Why the agent cannot spawn; present only when `canSpawn` is false."""
