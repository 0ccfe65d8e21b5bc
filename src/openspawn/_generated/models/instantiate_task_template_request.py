"""The `InstantiateTaskTemplateRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class InstantiateTaskTemplateRequest(WireModel):
    """Which template to instantiate and what to fill in.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "title_override",
            "description_override",
            "assignee_id",
            "due_at",
            "variables",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    template_id: str = Field(
        validation_alias="templateId",
        serialization_alias="templateId",
        description="The template's id.",
    )
    """The template's id."""

    title_override: str | None = Field(
        default=None,
        validation_alias="titleOverride",
        serialization_alias="titleOverride",
        description="A title for the main task instead of the template's.",
    )
    """A title for the main task instead of the template's."""

    description_override: str | None = Field(
        default=None,
        validation_alias="descriptionOverride",
        serialization_alias="descriptionOverride",
        description="A description for the main task instead of the template's.",
    )
    """A description for the main task instead of the template's."""

    assignee_id: str | None = Field(
        default=None,
        validation_alias="assigneeId",
        serialization_alias="assigneeId",
        description="The agent the main task is assigned to.",
    )
    """The agent the main task is assigned to."""

    due_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="dueAt",
        serialization_alias="dueAt",
        description="When the main task is due.",
    )
    """When the main task is due."""

    variables: dict[str, str] | None = Field(
        default=None,
        validation_alias="variables",
        serialization_alias="variables",
        description="Values for the `{{name}}` placeholders.",
    )
    """Values for the `{{name}}` placeholders."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
