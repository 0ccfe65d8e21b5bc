"""The `TaskDependency` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskDependency(WireModel):
    """A dependency of one task (`taskId`) on a prerequisite task (`dependsOnId`).

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The dependency row's UUID.",
    )
    """The dependency row's UUID."""

    task_id: str = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The UUID of the dependent task.",
    )
    """The UUID of the dependent task."""

    depends_on_id: str = Field(
        validation_alias="dependsOnId",
        serialization_alias="dependsOnId",
        description="The UUID of the prerequisite task.",
    )
    """The UUID of the prerequisite task."""

    blocking: bool = Field(
        validation_alias="blocking",
        serialization_alias="blocking",
        description="True when the dependent task cannot be done before the prerequisite is done.",
    )
    """True when the dependent task cannot be done before the prerequisite is done."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the dependency was added.",
    )
    """When the dependency was added."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""
