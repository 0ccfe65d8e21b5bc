"""The `TaskComment` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskComment(WireModel):
    """A comment on a task.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "updated_at",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The comment's UUID.",
    )
    """The comment's UUID."""

    task_id: str = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The UUID of the task.",
    )
    """The UUID of the task."""

    author_id: str = Field(
        validation_alias="authorId",
        serialization_alias="authorId",
        description="The UUID of the agent that wrote the comment.",
    )
    """The UUID of the agent that wrote the comment."""

    body: str = Field(
        validation_alias="body",
        serialization_alias="body",
        description="The comment's text.",
    )
    """The comment's text."""

    parent_comment_id: str | None = Field(
        validation_alias="parentCommentId",
        serialization_alias="parentCommentId",
        description="The UUID of the comment this one replies to.",
    )
    """The UUID of the comment this one replies to."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the comment was written.",
    )
    """When the comment was written."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    updated_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="updatedAt",
        serialization_alias="updatedAt",
        description="When the comment was last changed.",
    )
    """When the comment was last changed."""
