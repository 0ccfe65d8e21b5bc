"""`capabilities` and `estimated_credits` live in the task's `metadata` on the wire."""

from __future__ import annotations

import json
from pathlib import Path

from openspawn.models import CreateTaskRequest, Task

RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "upstream-recordings" / "scenario"


def test_create_request_sends_them_inside_metadata() -> None:
    request = CreateTaskRequest(
        title="Review", capabilities=["python"], estimated_credits=40, metadata={"k": "v"}
    )
    assert request.to_wire() == {
        "title": "Review",
        "metadata": {"k": "v", "requiredCapabilities": ["python"], "estimatedCredits": 40},
    }
    assert CreateTaskRequest(title="Plain").to_wire() == {"title": "Plain"}
    assert CreateTaskRequest(title="Only caps", capabilities=["go"]).to_wire() == {
        "title": "Only caps",
        "metadata": {"requiredCapabilities": ["go"]},
    }
    assert request.capabilities == ["python"] and request["estimated_credits"] == 40


def test_the_upstream_body_is_exactly_what_upstream_accepted() -> None:
    recording = json.loads((RECORDED / "tasks_create_required_capabilities.json").read_text())
    sent = recording["request"]["body"]
    request = CreateTaskRequest(
        title=sent["title"],
        capabilities=sent["metadata"]["requiredCapabilities"],
        estimated_credits=sent["metadata"]["estimatedCredits"],
    )
    assert request.to_wire() == sent
    assert recording["response"]["status"] == 201


def test_task_reads_them_from_metadata() -> None:
    recording = json.loads((RECORDED / "tasks_create_required_capabilities.json").read_text())
    task = Task.model_validate(recording["response"]["body"]["data"])
    assert task.capabilities == ["Python", "testing", "go"]
    assert task.estimated_credits == 40
    assert task.metadata["estimatedCredits"] == 40


def test_foreign_metadata_of_another_type_reads_as_none() -> None:
    body = {
        "id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "identifier": "TASK-1",
        "title": "t",
        "status": "todo",
        "priority": "high",
        "creatorId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        "createdAt": "2026-02-17T10:00:00.000Z",
        "metadata": {"requiredCapabilities": "python", "estimatedCredits": "lots"},
    }
    task = Task.model_validate(body)
    assert task.capabilities is None and task.estimated_credits is None
    assert task.metadata == body["metadata"]
    assert Task.model_validate({**body, "metadata": {}}).capabilities is None
