"""``client.tasks``: Create and list tasks, move them through the state machine, assign, claim and approve them, and
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
    check_query,
    request_options,
    uuid_segment,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import lazy_functions, models_on_first_call
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint, query_value

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport
    from openspawn._overrides import tasks as _tasks_overrides

    from ..models import (
        AddDependencyRequest,
        AssignTaskRequest,
        CreateCommentRequest,
        CreateTaskRequest,
        MessageResponse,
        Task,
        TaskComment,
        TaskCommentListResponse,
        TaskCommentResponse,
        TaskDependency,
        TaskDependencyResponse,
        TaskListResponse,
        TaskPriority,
        TaskResponse,
        TaskStatus,
        TransitionTaskRequest,
    )
else:
    _tasks_overrides = lazy_functions(
        "openspawn._overrides.tasks",
        __package__,
        {
            "filter_by_priority": ("openspawn._overrides.tasks", "filter_by_priority"),
        },
    )

__all__ = ["AsyncTasks"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_LIST: Final[Endpoint[TaskListResponse]] = Endpoint(
    "listTasks", "GET", "..api.tasks.list_tasks", __package__
)
_CREATE: Final[Endpoint[TaskResponse]] = Endpoint(
    "createTask", "POST", "..api.tasks.create_task", __package__, "data"
)
_GET: Final[Endpoint[TaskResponse]] = Endpoint(
    "getTask", "GET", "..api.tasks.get_task", __package__, "data"
)
_TRANSITION: Final[Endpoint[TaskResponse]] = Endpoint(
    "transitionTask", "POST", "..api.tasks.transition_task", __package__, "data"
)
_ASSIGN: Final[Endpoint[TaskResponse]] = Endpoint(
    "assignTask", "POST", "..api.tasks.assign_task", __package__, "data"
)
_CLAIM: Final[Endpoint[TaskResponse]] = Endpoint(
    "claimTask", "POST", "..api.tasks.claim_task", __package__, "data"
)
_APPROVE: Final[Endpoint[TaskResponse]] = Endpoint(
    "approveTask", "POST", "..api.tasks.approve_task", __package__, "data"
)
_ADD_DEPENDENCY: Final[Endpoint[TaskDependencyResponse]] = Endpoint(
    "addTaskDependency", "POST", "..api.tasks.add_task_dependency", __package__, "data"
)
_REMOVE_DEPENDENCY: Final[Endpoint[MessageResponse]] = Endpoint(
    "removeTaskDependency", "DELETE", "..api.tasks.remove_task_dependency", __package__
)
_LIST_COMMENTS: Final[Endpoint[TaskCommentListResponse]] = Endpoint(
    "listTaskComments", "GET", "..api.tasks.list_task_comments", __package__
)
_ADD_COMMENT: Final[Endpoint[TaskCommentResponse]] = Endpoint(
    "addTaskComment", "POST", "..api.tasks.add_task_comment", __package__, "data"
)


class AsyncTasks:
    """``client.tasks``: Create and list tasks, move them through the state machine, assign, claim and approve them,
    and manage dependencies and comments."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "list",
            "create",
            "get",
            "transition",
            "assign",
            "claim",
            "approve",
            "add_dependency",
            "remove_dependency",
            "list_comments",
            "add_comment",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        status: TaskStatus | None = None,
        assignee_id: str | None = None,
        creator_id: str | None = None,
        parent_task_id: str | None = None,
        priority: TaskPriority | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Task]:
        """List tasks.

        Lists the tasks of the caller's organisation, newest first, optionally filtered. The
        list is not paginated and its items carry `tags` but not `dependencies` or `dependents`.

        ``GET /api/v1/tasks`` (operation ``listTasks``).

        Args:
            status: Only tasks in this status.
            assignee_id: Only tasks assigned to this agent (UUID).
            creator_id: Only tasks created by this agent (UUID).
            parent_task_id: Only subtasks of this task (UUID).
            priority: Only tasks with this priority. This is an extension: the upstream server ignores
                the parameter, so clients should also filter the returned list.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/tasks"
        query: dict[str, str] = {}
        if (_value := check_query("tasks.list", "status", status, TaskStatus)) is not None:
            query["status"] = query_value(_value)
        if (_value := check_query("tasks.list", "assignee_id", assignee_id, "str")) is not None:
            query["assigneeId"] = query_value(_value)
        if (_value := check_query("tasks.list", "creator_id", creator_id, "str")) is not None:
            query["creatorId"] = query_value(_value)
        if (
            _value := check_query("tasks.list", "parent_task_id", parent_task_id, "str")
        ) is not None:
            query["parentTaskId"] = query_value(_value)
        if (_value := check_query("tasks.list", "priority", priority, TaskPriority)) is not None:
            query["priority"] = query_value(_value)
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
            query,
            UNSET,
            options,
        )
        return _tasks_overrides.filter_by_priority(
            result.data,
            {
                "status": status,
                "assignee_id": assignee_id,
                "creator_id": creator_id,
                "parent_task_id": parent_task_id,
                "priority": priority,
            },
        )

    @overload
    async def create(
        self,
        request: CreateTaskRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task: ...

    @overload
    async def create(
        self,
        *,
        title: str,
        description: str | None = ...,
        priority: TaskPriority | None = ...,
        assignee_id: str | None = ...,
        parent_task_id: str | None = ...,
        approval_required: bool | None = ...,
        due_date: datetime.datetime | None = ...,
        tags: builtins.list[str] | None = ...,
        metadata: dict[str, Any] | None = ...,
        capabilities: builtins.list[str] | None = ...,
        estimated_credits: int | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task: ...

    async def create(
        self,
        request: Any = OMIT,
        *more: Any,
        title: Any = OMIT,
        description: Any = OMIT,
        priority: Any = OMIT,
        assignee_id: Any = OMIT,
        parent_task_id: Any = OMIT,
        approval_required: Any = OMIT,
        due_date: Any = OMIT,
        tags: Any = OMIT,
        metadata: Any = OMIT,
        capabilities: Any = OMIT,
        estimated_credits: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task:
        """Create a task.

        Creates a task in the caller's organisation. New tasks always start in `backlog`, even
        with an assignee; the caller becomes the creator and the identifier (such as `TASK-42`)
        is generated. `metadata.requiredCapabilities` (`capabilities` in Python) is what routing
        reads and `metadata.estimatedCredits` (`estimated_credits`) the expected cost, on
        upstream and the dev server alike. The dev server also opens the task's own `task`
        channel (`channelId`).

        ``POST /api/v1/tasks`` (operation ``createTask``).

        Args:
            request: the body as a ``CreateTaskRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            title: required. The task's title.
            description: The task's longer description.
            priority: A task's priority, from most to least pressing.
            assignee_id: The UUID of the agent to assign; the task still starts in `backlog`.
            parent_task_id: The UUID of the parent task, to create a subtask.
            approval_required: True when the task must be approved before it can be done; false when omitted.
            due_date: When the task is due (returned as `dueDate`).
            tags: Tags for the task, each at most once.
            metadata: Free-form data to attach to the task. Two keys have a meaning and a Python field
                each (`x-python-lift`): `requiredCapabilities` (`capabilities`), which routing
                reads, and `estimatedCredits` (`estimated_credits`).
            capabilities: The capabilities the task needs; routing ranks agents by them.
                (`metadata.requiredCapabilities` on the wire)
            estimated_credits: The credits the task is expected to cost. (`metadata.estimatedCredits` on the
                wire)

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

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
                request.__class__ is CreateTaskRequest
                and not more
                and title is OMIT
                and description is OMIT
                and priority is OMIT
                and assignee_id is OMIT
                and parent_task_id is OMIT
                and approval_required is OMIT
                and due_date is OMIT
                and tags is OMIT
                and metadata is OMIT
                and capabilities is OMIT
                and estimated_credits is OMIT
            )
            else body_of(
                "tasks.create",
                CreateTaskRequest,
                request,
                more,
                (),
                {
                    "title": title,
                    "description": description,
                    "priority": priority,
                    "assignee_id": assignee_id,
                    "parent_task_id": parent_task_id,
                    "approval_required": approval_required,
                    "due_date": due_date,
                    "tags": tags,
                    "metadata": metadata,
                    "capabilities": capabilities,
                    "estimated_credits": estimated_credits,
                },
                required=True,
            )
        )
        path = "/api/v1/tasks"
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

    async def get(
        self,
        task_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task:
        """Get a task.

        Returns one task by its UUID, with its tags, dependencies and dependents.

        ``GET /api/v1/tasks/{id}`` (operation ``getTask``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.

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

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/tasks/{uuid_segment('tasks.get', 'task_id', task_id)}"
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

    @overload
    async def transition(
        self,
        task_id: str,
        request: TransitionTaskRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task: ...

    @overload
    async def transition(
        self,
        task_id: str,
        status: TaskStatus,
        *,
        notes: str | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def transition(  # type: ignore[misc]
        self,
        task_id: str,
        request: Any = OMIT,
        *more: Any,
        status: Any = OMIT,
        notes: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task:
        """Move a task to another status.

        Moves a task through its state machine. The allowed moves are: `backlog` to `todo` or
        `cancelled`; `todo` to `in_progress`, `blocked` or `cancelled`; `in_progress` to
        `review`, `blocked` or `cancelled`; `review` to `done`, `in_progress` or `cancelled`;
        `blocked` to `todo`, `in_progress` or `cancelled`. `done` and `cancelled` are terminal.
        Any other move, including to the same status, answers 422. Moving to `done` needs every
        blocking dependency to be `done` (409 otherwise) and, when the task requires approval,
        an approval (403 otherwise); it sets `completedAt` and pays the assignee. The optional
        `reason` (`notes` in Python) is recorded with the transition event.

        ``POST /api/v1/tasks/{id}/transition`` (operation ``transitionTask``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            request: the body as a ``TransitionTaskRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (status may also be positional).
            status: required. A task's position in its state machine; `done` and `cancelled` are terminal.
            notes: Why the task moves; recorded with the transition event (`notes` in Python).

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            PermissionDeniedError: HTTP 403 - The caller is authenticated but not allowed to
                do this (wrong role, level or relationship).

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            ConflictError: HTTP 409 - The request conflicts with the current state of the
                resource (for example a duplicate, an already approved task or unfinished
                blocking dependencies), or (an extension) the idempotency key was already used
                with a different method, path or body.

            UnprocessableEntityError: HTTP 422 - The task cannot make this move in its state
                machine.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is TransitionTaskRequest
                and not more
                and status is OMIT
                and notes is OMIT
            )
            else body_of(
                "tasks.transition",
                TransitionTaskRequest,
                request,
                more,
                ("status",),
                {
                    "status": status,
                    "notes": notes,
                },
                required=True,
            )
        )
        path = f"/api/v1/tasks/{uuid_segment('tasks.transition', 'task_id', task_id)}/transition"
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
            _TRANSITION,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    @overload
    async def assign(
        self,
        task_id: str,
        request: AssignTaskRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task: ...

    @overload
    async def assign(
        self,
        task_id: str,
        assignee_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def assign(  # type: ignore[misc]
        self,
        task_id: str,
        request: Any = OMIT,
        *more: Any,
        assignee_id: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task:
        """Assign a task.

        Sets the task's assignee to the given agent. The status does not change, and any task
        may be reassigned, whatever its status.

        ``POST /api/v1/tasks/{id}/assign`` (operation ``assignTask``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            request: the body as a ``AssignTaskRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (assignee_id may also be positional).
            assignee_id: required. The UUID of the agent to assign.

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
            if (request.__class__ is AssignTaskRequest and not more and assignee_id is OMIT)
            else body_of(
                "tasks.assign",
                AssignTaskRequest,
                request,
                more,
                ("assignee_id",),
                {
                    "assignee_id": assignee_id,
                },
                required=True,
            )
        )
        path = f"/api/v1/tasks/{uuid_segment('tasks.assign', 'task_id', task_id)}/assign"
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
            _ASSIGN,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def claim(
        self,
        task_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task:
        """Claim a task.

        Atomically assigns the calling agent to a task and moves it to `in_progress` (a task in
        `backlog` passes through `todo`, with both transitions in the audit log). A task already
        assigned to another agent answers 409; a task that is not in `backlog` or `todo` answers
        422. Claiming a task already assigned to the caller just starts it. This is an
        extension: upstream has no claim endpoint. The request has no fields: its body is `{}`.

        ``POST /api/v1/tasks/{id}/claim`` (operation ``claimTask``, a BikiniBottom extension).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.

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

            UnprocessableEntityError: HTTP 422 - The task cannot make this move in its state
                machine.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/tasks/{uuid_segment('tasks.claim', 'task_id', task_id)}/claim"
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
            _CLAIM,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def approve(
        self,
        task_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Task:
        """Approve a task.

        Records the caller's approval of a task (`approvedBy`, `approvedAt`). As an extension, a
        task that is in `review` is also moved to `done` (upstream only records the approval and
        leaves the status unchanged). A task that is already approved answers 409 "Task is
        already approved". The request has no fields: its body is `{}`.

        ``POST /api/v1/tasks/{id}/approve`` (operation ``approveTask``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.

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
        path = f"/api/v1/tasks/{uuid_segment('tasks.approve', 'task_id', task_id)}/approve"
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
            _APPROVE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def add_dependency(
        self,
        task_id: str,
        request: AddDependencyRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskDependency: ...

    @overload
    async def add_dependency(
        self,
        task_id: str,
        depends_on_id: str,
        *,
        blocking: bool = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskDependency: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def add_dependency(  # type: ignore[misc]
        self,
        task_id: str,
        request: Any = OMIT,
        *more: Any,
        depends_on_id: Any = OMIT,
        blocking: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskDependency:
        """Add a dependency to a task.

        Makes the task depend on another task (`dependsOnId`, the prerequisite). A blocking
        dependency (the default) prevents the task from moving to `done` until the prerequisite
        is `done`. A task cannot depend on itself, a dependency that would close a cycle is
        refused and an existing dependency cannot be added twice (409 in each case).

        ``POST /api/v1/tasks/{id}/dependencies`` (operation ``addTaskDependency``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            request: the body as a ``AddDependencyRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (depends_on_id may also be positional).
            depends_on_id: required. The UUID of the prerequisite task.
            blocking: True (the default) when the task cannot be done before the prerequisite is done.

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
            if (
                request.__class__ is AddDependencyRequest
                and not more
                and depends_on_id is OMIT
                and blocking is OMIT
            )
            else body_of(
                "tasks.add_dependency",
                AddDependencyRequest,
                request,
                more,
                ("depends_on_id",),
                {
                    "depends_on_id": depends_on_id,
                    "blocking": blocking,
                },
                required=True,
            )
        )
        path = (
            f"/api/v1/tasks/{uuid_segment('tasks.add_dependency', 'task_id', task_id)}/dependencies"
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
            _ADD_DEPENDENCY,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def remove_dependency(
        self,
        task_id: str,
        depends_on_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        """Remove a dependency from a task.

        Removes the dependency of the task on the given prerequisite task. A dependency that
        does not exist answers 404.

        ``DELETE /api/v1/tasks/{id}/dependencies/{dependsOnId}`` (operation ``removeTaskDependency``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            depends_on_id: The UUID of the prerequisite task (the dependency's `dependsOnId`), not the
                dependency row's id.

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
        path = f"/api/v1/tasks/{uuid_segment('tasks.remove_dependency', 'task_id', task_id)}/dependencies/{uuid_segment('tasks.remove_dependency', 'depends_on_id', depends_on_id)}"
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
        await self._transport.send(
            _REMOVE_DEPENDENCY,
            path,
            NO_QUERY,
            UNSET,
            options,
        )

    async def list_comments(
        self,
        task_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[TaskComment]:
        """List a task's comments.

        Lists the comments on a task, oldest first. The list is not paginated.

        ``GET /api/v1/tasks/{id}/comments`` (operation ``listTaskComments``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.

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

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/tasks/{uuid_segment('tasks.list_comments', 'task_id', task_id)}/comments"
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
            _LIST_COMMENTS,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def add_comment(
        self,
        task_id: str,
        request: CreateCommentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskComment: ...

    @overload
    async def add_comment(
        self,
        task_id: str,
        body: str,
        *,
        parent_comment_id: str | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskComment: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def add_comment(  # type: ignore[misc]
        self,
        task_id: str,
        request: Any = OMIT,
        *more: Any,
        body: Any = OMIT,
        parent_comment_id: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> TaskComment:
        """Comment on a task.

        Adds a comment by the calling agent to a task, optionally as a reply to another comment.

        ``POST /api/v1/tasks/{id}/comments`` (operation ``addTaskComment``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            request: the body as a ``CreateCommentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (body may also be positional).
            body: required. The comment's text.
            parent_comment_id: The UUID of the comment this one replies to.

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
                request.__class__ is CreateCommentRequest
                and not more
                and body is OMIT
                and parent_comment_id is OMIT
            )
            else body_of(
                "tasks.add_comment",
                CreateCommentRequest,
                request,
                more,
                ("body",),
                {
                    "body": body,
                    "parent_comment_id": parent_comment_id,
                },
                required=True,
            )
        )
        path = f"/api/v1/tasks/{uuid_segment('tasks.add_comment', 'task_id', task_id)}/comments"
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
            _ADD_COMMENT,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncTasks,
        globals(),
        __package__,
        {
            "list": (
                "TaskPriority",
                "TaskStatus",
            ),
            "create": ("CreateTaskRequest",),
            "transition": ("TransitionTaskRequest",),
            "assign": ("AssignTaskRequest",),
            "add_dependency": ("AddDependencyRequest",),
            "add_comment": ("CreateCommentRequest",),
        },
    )
