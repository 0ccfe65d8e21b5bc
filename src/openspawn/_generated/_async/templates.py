"""``client.templates``: Create and list tasks, move them through the state machine, assign, claim and approve them, and
manage dependencies and comments.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, overload

import httpx2

from openspawn._core.arguments import (
    NO_OPTIONS,
    NO_QUERY,
    OMIT,
    body_of,
    path_segment,
    request_options,
    uuid_segment,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import models_on_first_call
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport

    from ..models import (
        CreateTaskTemplateRequest,
        CreateTemplateFromTaskRequest,
        InstantiateTaskTemplateRequest,
        MessageResponse,
        SubtaskTemplate,
        Task,
        TaskListResponse,
        TaskPriority,
        TaskTemplate,
        TaskTemplateListResponse,
        TaskTemplateResponse,
    )

__all__ = ["AsyncTemplates"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_LIST: Final[Endpoint[TaskTemplateListResponse]] = Endpoint(
    "listTaskTemplates", "GET", "..api.tasks.list_task_templates", __package__
)
_CREATE: Final[Endpoint[TaskTemplateResponse]] = Endpoint(
    "createTaskTemplate", "POST", "..api.tasks.create_task_template", __package__, "data"
)
_INSTANTIATE: Final[Endpoint[TaskListResponse]] = Endpoint(
    "instantiateTaskTemplate", "POST", "..api.tasks.instantiate_task_template", __package__
)
_GET: Final[Endpoint[TaskTemplateResponse]] = Endpoint(
    "getTaskTemplate", "GET", "..api.tasks.get_task_template", __package__, "data"
)
_DELETE: Final[Endpoint[MessageResponse]] = Endpoint(
    "deleteTaskTemplate", "DELETE", "..api.tasks.delete_task_template", __package__
)
_CREATE_FROM_TASK: Final[Endpoint[TaskTemplateResponse]] = Endpoint(
    "createTaskTemplateFromTask",
    "POST",
    "..api.tasks.create_task_template_from_task",
    __package__,
    "data",
)


class AsyncTemplates:
    """``client.templates``: Create and list tasks, move them through the state machine, assign, claim and approve them,
    and manage dependencies and comments."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "list",
            "create",
            "instantiate",
            "get",
            "delete",
            "create_from_task",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[TaskTemplate]:
        """List task templates.

        Lists the organisation's task templates, oldest first.

        ``GET /api/v1/tasks/templates`` (operation ``listTaskTemplates``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/tasks/templates"
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _LIST,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def create(
        self,
        request: CreateTaskTemplateRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskTemplate: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        title: str,
        description: str | None = ...,
        task_description: str | None = ...,
        priority: TaskPriority | None = ...,
        estimated_minutes: int | None = ...,
        required_capabilities: builtins.list[str] | None = ...,
        tags: builtins.list[str] | None = ...,
        approval_required: bool | None = ...,
        subtasks: builtins.list[SubtaskTemplate] | None = ...,
        metadata: dict[str, Any] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskTemplate: ...

    async def create(
        self,
        request: Any = OMIT,
        *more: Any,
        name: Any = OMIT,
        title: Any = OMIT,
        description: Any = OMIT,
        task_description: Any = OMIT,
        priority: Any = OMIT,
        estimated_minutes: Any = OMIT,
        required_capabilities: Any = OMIT,
        tags: Any = OMIT,
        approval_required: Any = OMIT,
        subtasks: Any = OMIT,
        metadata: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskTemplate:
        """Create a task template.

        Stores a reusable blueprint of a task and its subtasks. `{{name}}` placeholders in the
        titles, descriptions and tags are filled in by the variables given when the template is
        instantiated. Template names are unique per organisation, ignoring case (409).

        ``POST /api/v1/tasks/templates`` (operation ``createTaskTemplate``).

        Args:
            request: the body as a ``CreateTaskTemplateRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            name: required. The template's name, unique in the organisation ignoring case.
            title: required. The main task's title; `{{name}}` placeholders are filled in.
            description: What the template is for.
            task_description: The main task's description; `{{name}}` placeholders are filled in.
            priority: A task's priority, from most to least pressing.
            estimated_minutes: How long the work is expected to take.
            required_capabilities: Capabilities the main task needs (stored in its
                `metadata.requiredCapabilities`).
            tags: Tags of the main task; `{{name}}` placeholders are filled in.
            approval_required: Whether the main task needs approval before it can be done (default false).
            subtasks: Subtasks created with every instance.
            metadata: Copied into the main task's metadata.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            ConflictError: HTTP 409 - The request conflicts with the current state of the
                resource (for example a duplicate, an already approved task or unfinished
                blocking dependencies), or (an extension) the idempotency key was already used
                with a different method, path or body.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is CreateTaskTemplateRequest
                and not more
                and name is OMIT
                and title is OMIT
                and description is OMIT
                and task_description is OMIT
                and priority is OMIT
                and estimated_minutes is OMIT
                and required_capabilities is OMIT
                and tags is OMIT
                and approval_required is OMIT
                and subtasks is OMIT
                and metadata is OMIT
            )
            else body_of(
                "templates.create",
                CreateTaskTemplateRequest,
                request,
                more,
                (),
                {
                    "name": name,
                    "title": title,
                    "description": description,
                    "task_description": task_description,
                    "priority": priority,
                    "estimated_minutes": estimated_minutes,
                    "required_capabilities": required_capabilities,
                    "tags": tags,
                    "approval_required": approval_required,
                    "subtasks": subtasks,
                    "metadata": metadata,
                },
                required=True,
            )
        )
        path = "/api/v1/tasks/templates"
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _CREATE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    @overload
    async def instantiate(
        self,
        request: InstantiateTaskTemplateRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Task]: ...

    @overload
    async def instantiate(
        self,
        *,
        template_id: str,
        title_override: str | None = ...,
        description_override: str | None = ...,
        assignee_id: str | None = ...,
        due_at: datetime.datetime | None = ...,
        variables: dict[str, str] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Task]: ...

    async def instantiate(
        self,
        request: Any = OMIT,
        *more: Any,
        template_id: Any = OMIT,
        title_override: Any = OMIT,
        description_override: Any = OMIT,
        assignee_id: Any = OMIT,
        due_at: Any = OMIT,
        variables: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Task]:
        """Create tasks from a template.

        Creates the template's main task (in `backlog`, with the template's priority, approval
        flag and tags) and one subtask per subtask template, with the `{{name}}` placeholders
        replaced by `variables`. The main task's `metadata` records the template (`templateId`,
        `templateName`, `estimatedMinutes`, `requiredCapabilities`); each subtask's records
        `templateId` and its `requiredCapabilities`. The answer lists the main task first.

        ``POST /api/v1/tasks/templates/instantiate`` (operation ``instantiateTaskTemplate``).

        Args:
            request: the body as a ``InstantiateTaskTemplateRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            template_id: required. The template's id.
            title_override: A title for the main task instead of the template's.
            description_override: A description for the main task instead of the template's.
            assignee_id: The agent the main task is assigned to.
            due_at: When the main task is due.
            variables: Values for the `{{name}}` placeholders.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            ConflictError: HTTP 409 - The idempotency key was already used by the caller
                with a different method, path or body. This is an extension: upstream keys are
                global and never conflict.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is InstantiateTaskTemplateRequest
                and not more
                and template_id is OMIT
                and title_override is OMIT
                and description_override is OMIT
                and assignee_id is OMIT
                and due_at is OMIT
                and variables is OMIT
            )
            else body_of(
                "templates.instantiate",
                InstantiateTaskTemplateRequest,
                request,
                more,
                (),
                {
                    "template_id": template_id,
                    "title_override": title_override,
                    "description_override": description_override,
                    "assignee_id": assignee_id,
                    "due_at": due_at,
                    "variables": variables,
                },
                required=True,
            )
        )
        path = "/api/v1/tasks/templates/instantiate"
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _INSTANTIATE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def get(
        self,
        template_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskTemplate:
        """Get a task template.

        Returns one template of the caller's organisation.

        ``GET /api/v1/tasks/templates/{templateId}`` (operation ``getTaskTemplate``).

        Args:
            template_id: The template's id (`tmpl_...`), as returned when it was created.

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = (
            f"/api/v1/tasks/templates/{path_segment('templates.get', 'template_id', template_id)}"
        )
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _GET,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def delete(
        self,
        template_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> MessageResponse:
        """Delete a task template.

        Deletes one template of the caller's organisation; tasks created from it are kept.

        ``DELETE /api/v1/tasks/templates/{templateId}`` (operation ``deleteTaskTemplate``).

        Args:
            template_id: The template's id (`tmpl_...`), as returned when it was created.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            ConflictError: HTTP 409 - The idempotency key was already used by the caller
                with a different method, path or body. This is an extension: upstream keys are
                global and never conflict.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/tasks/templates/{path_segment('templates.delete', 'template_id', template_id)}"
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _DELETE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result

    @overload
    async def create_from_task(
        self,
        task_id: str,
        request: CreateTemplateFromTaskRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskTemplate: ...

    @overload
    async def create_from_task(
        self,
        task_id: str,
        *,
        name: str,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskTemplate: ...

    async def create_from_task(
        self,
        task_id: str,
        request: Any = OMIT,
        *more: Any,
        name: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskTemplate:
        """Save a task as a template.

        Creates a template named `name` from the task's title, description, priority, tags and
        approval flag (no subtasks); its `metadata.createdFromTaskId` names the task.

        ``POST /api/v1/tasks/{id}/create-template`` (operation ``createTaskTemplateFromTask``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            request: the body as a ``CreateTemplateFromTaskRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            name: required. The template's name, unique in the organisation ignoring case.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            ConflictError: HTTP 409 - The request conflicts with the current state of the
                resource (for example a duplicate, an already approved task or unfinished
                blocking dependencies), or (an extension) the idempotency key was already used
                with a different method, path or body.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (request.__class__ is CreateTemplateFromTaskRequest and not more and name is OMIT)
            else body_of(
                "templates.create_from_task",
                CreateTemplateFromTaskRequest,
                request,
                more,
                (),
                {
                    "name": name,
                },
                required=True,
            )
        )
        path = f"/api/v1/tasks/{uuid_segment('templates.create_from_task', 'task_id', task_id)}/create-template"
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _CREATE_FROM_TASK,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncTemplates,
        globals(),
        __package__,
        {
            "create": ("CreateTaskTemplateRequest",),
            "instantiate": ("InstantiateTaskTemplateRequest",),
            "create_from_task": ("CreateTemplateFromTaskRequest",),
        },
    )
