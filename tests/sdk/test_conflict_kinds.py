"""Conflicts an agent reacts to differently are different exceptions (and a stable ``kind``)."""

from __future__ import annotations

import json
import pickle

import httpx2
import pytest

from openspawn import (
    AlreadyExistsError,
    ConflictError,
    DependenciesNotDoneError,
    IdempotencyKeyReusedError,
    InvalidTransitionError,
    TaskAlreadyClaimedError,
    UnprocessableEntityError,
)
from openspawn._core.errors import error_for_status
from openspawn.devserver import DevServer
from openspawn.enums import TaskStatus
from openspawn.models import CreateTaskRequest, TransitionTaskRequest


@pytest.mark.parametrize(
    ("status", "message", "cls", "kind"),
    [
        (409, "Task is already assigned to another agent (founder)", TaskAlreadyClaimedError,
         "task_claimed_by_another_agent"),
        (409, "Cannot complete: 2 blocking dependencies not done", DependenciesNotDoneError,
         "dependencies_not_done"),
        (409, 'Agent with ID "x" already exists', AlreadyExistsError, "already_exists"),
        (409, "Idempotency key reused with a different request", IdempotencyKeyReusedError,
         "idempotency_key_reused"),
        (409, "Task is already approved", ConflictError, "conflict"),
        (422, "Invalid transition: in_progress \u2192 in_progress", InvalidTransitionError,
         "invalid_transition"),
    ],
)  # fmt: skip
def test_server_messages_map_to_kinds(
    status: int, message: str, cls: type[ConflictError], kind: str
) -> None:
    body = json.dumps({"error": message, "code": "Conflict"}).encode()
    error = error_for_status(status, body, httpx2.Headers(), "", "r1")
    assert type(error) is cls and error.kind == kind
    assert error.message == message
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls and copy.message == message and copy.request_id == "r1"


def test_claims_and_completions_on_the_dev_server() -> None:
    with DevServer() as server:
        hr, founder = (
            next(a for a in server.agents if a["role"] == role) for role in ("hr", "founder")
        )
        from openspawn import BikiniBottomClient

        with (
            BikiniBottomClient(server.base_url, agent_id=hr["agent_id"], secret=hr["secret"]) as a,
            BikiniBottomClient(
                server.base_url, agent_id=founder["agent_id"], secret=founder["secret"]
            ) as b,
        ):
            task = a.tasks.create(CreateTaskRequest(title="contested"))
            a.tasks.claim(task.id)
            with pytest.raises(TaskAlreadyClaimedError):
                b.tasks.claim(task.id)
            with pytest.raises(InvalidTransitionError) as info:
                a.tasks.claim(task.id)  # one's own task, already in progress
            assert isinstance(info.value, UnprocessableEntityError)
            assert (info.value.from_status, info.value.to_status) == ("in_progress", "in_progress")
            blocker = a.tasks.create(CreateTaskRequest(title="first"))
            a.tasks.add_dependency(task.id, blocker.id)
            a.tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.REVIEW))
            with pytest.raises(DependenciesNotDoneError):
                a.tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.DONE))
