"""The `TaskTag` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskTag(WireModel):
    """A tag on a task.

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
        description="The tag row's UUID.",
    )
    """The tag row's UUID."""

    task_id: str = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The UUID of the tagged task.",
    )
    """The UUID of the tagged task."""

    tag: str = Field(
        validation_alias="tag",
        serialization_alias="tag",
        description="The tag.",
    )
    """The tag."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the tag was added.",
    )
    """When the tag was added."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""
