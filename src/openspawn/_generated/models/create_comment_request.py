"""The `CreateCommentRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class CreateCommentRequest(WireModel):
    """A comment to add to a task.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "parent_comment_id",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    body: str = Field(
        validation_alias="body",
        serialization_alias="body",
        description="The comment's text.",
    )
    """The comment's text."""

    parent_comment_id: str | None = Field(
        default=None,
        validation_alias="parentCommentId",
        serialization_alias="parentCommentId",
        description="The UUID of the comment this one replies to.",
    )
    """The UUID of the comment this one replies to."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
