"""The `RoutingResult` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class RoutingResult(WireModel):
    """The ranked candidates for a task.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    task_id: str = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The task's UUID.",
    )
    """The task's UUID."""

    required_capabilities: list[str] = Field(
        validation_alias="requiredCapabilities",
        serialization_alias="requiredCapabilities",
        description="The task's required capabilities (from `metadata.requiredCapabilities`), lower-cased.",
    )
    """The task's required capabilities (from `metadata.requiredCapabilities`), lower-cased."""

    candidates: "list[RoutingCandidate]" = Field(
        validation_alias="candidates",
        serialization_alias="candidates",
        description="The candidates, best first.",
    )
    """The candidates, best first."""

    best_match: "RoutingCandidate | None" = Field(
        validation_alias="bestMatch",
        serialization_alias="bestMatch",
        description="The best candidate, or null when there is none.",
    )
    """The best candidate, or null when there is none."""

    auto_assigned: bool = Field(
        validation_alias="autoAssigned",
        serialization_alias="autoAssigned",
        description="True when this answer assigned the task to `bestMatch`.",
    )
    """True when this answer assigned the task to `bestMatch`."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.routing_candidate import RoutingCandidate  # noqa: E402
