"""`client.templates` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="templates",
        method="list",
        operation_id="listTaskTemplates",
        http_method="GET",
        path="/api/v1/tasks/templates",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "id": "tmpl_1796152000000_k3x9q2",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "name": "Release",
                    "description": "Everything a release needs",
                    "title": "Release {{version}}",
                    "taskDescription": "Ship version {{version}}",
                    "priority": "high",
                    "estimatedMinutes": 90,
                    "requiredCapabilities": ["python"],
                    "tags": ["release"],
                    "approvalRequired": False,
                    "subtasks": [
                        {
                            "title": "Changelog for {{version}}",
                            "priority": "normal",
                            "requiredCapabilities": ["writing"],
                        }
                    ],
                    "createdBy": "00000000-0000-4000-8000-0000000000a1",
                    "createdAt": "2026-12-01T19:26:09.927Z",
                    "metadata": {},
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("tasks", "list_task_templates")},
    ),
    Case(
        resource="templates",
        method="create",
        operation_id="createTaskTemplate",
        http_method="POST",
        path="/api/v1/tasks/templates",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "tmpl_1796152000000_k3x9q2",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "name": "Release",
                "description": "Everything a release needs",
                "title": "Release {{version}}",
                "taskDescription": "Ship version {{version}}",
                "priority": "high",
                "estimatedMinutes": 90,
                "requiredCapabilities": ["python"],
                "tags": ["release"],
                "approvalRequired": False,
                "subtasks": [
                    {
                        "title": "Changelog for {{version}}",
                        "priority": "normal",
                        "requiredCapabilities": ["writing"],
                    }
                ],
                "createdBy": "00000000-0000-4000-8000-0000000000a1",
                "createdAt": "2026-12-01T19:26:09.927Z",
                "metadata": {},
            }
        },
        body_model="CreateTaskTemplateRequest",
        body={
            "name": "Release",
            "description": "Everything a release needs",
            "title": "Release {{version}}",
            "taskDescription": "Ship version {{version}}",
            "priority": "high",
            "estimatedMinutes": 90,
            "requiredCapabilities": ["python"],
            "tags": ["release"],
            "subtasks": [
                {
                    "title": "Changelog for {{version}}",
                    "priority": "normal",
                    "requiredCapabilities": ["writing"],
                }
            ],
        },
        sent_body={
            "name": "Release",
            "description": "Everything a release needs",
            "title": "Release {{version}}",
            "taskDescription": "Ship version {{version}}",
            "priority": "high",
            "estimatedMinutes": 90,
            "requiredCapabilities": ["python"],
            "tags": ["release"],
            "subtasks": [
                {
                    "title": "Changelog for {{version}}",
                    "priority": "normal",
                    "requiredCapabilities": ["writing"],
                }
            ],
        },
        returns="data",
        hooked=False,
        extra={"builder": ("tasks", "create_task_template")},
    ),
    Case(
        resource="templates",
        method="instantiate",
        operation_id="instantiateTaskTemplate",
        http_method="POST",
        path="/api/v1/tasks/templates/instantiate",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": [
                {
                    "id": "33e94f02-1fdc-4855-ac56-49dc1676fbf6",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "identifier": "TASK-7",
                    "title": "Release 1.2",
                    "description": "Ship version 1.2",
                    "status": "backlog",
                    "priority": "high",
                    "assigneeId": None,
                    "creatorId": "00000000-0000-4000-8000-0000000000a1",
                    "parentTaskId": None,
                    "approvalRequired": False,
                    "approvedBy": None,
                    "approvedAt": None,
                    "dueDate": None,
                    "completedAt": None,
                    "metadata": {
                        "templateId": "tmpl_1796152000000_k3x9q2",
                        "templateName": "Release",
                        "estimatedMinutes": 90,
                        "requiredCapabilities": ["python"],
                    },
                    "createdAt": "2026-12-01T19:26:09.927Z",
                    "updatedAt": "2026-12-01T19:26:09.927Z",
                }
            ]
        },
        body_model="InstantiateTaskTemplateRequest",
        body={
            "templateId": "tmpl_1796152000000_k3x9q2",
            "variables": {"version": "1.2"},
            "assigneeId": "00000000-0000-4000-8000-0000000000b1",
        },
        sent_body={
            "templateId": "tmpl_1796152000000_k3x9q2",
            "variables": {"version": "1.2"},
            "assigneeId": "00000000-0000-4000-8000-0000000000b1",
        },
        returns="data",
        hooked=False,
        extra={"builder": ("tasks", "instantiate_task_template")},
    ),
    Case(
        resource="templates",
        method="get",
        operation_id="getTaskTemplate",
        http_method="GET",
        path="/api/v1/tasks/templates/example-id",
        args=["example-id"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "id": "tmpl_1796152000000_k3x9q2",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "name": "Release",
                "description": "Everything a release needs",
                "title": "Release {{version}}",
                "taskDescription": "Ship version {{version}}",
                "priority": "high",
                "estimatedMinutes": 90,
                "requiredCapabilities": ["python"],
                "tags": ["release"],
                "approvalRequired": False,
                "subtasks": [
                    {
                        "title": "Changelog for {{version}}",
                        "priority": "normal",
                        "requiredCapabilities": ["writing"],
                    }
                ],
                "createdBy": "00000000-0000-4000-8000-0000000000a1",
                "createdAt": "2026-12-01T19:26:09.927Z",
                "metadata": {},
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("tasks", "get_task_template")},
    ),
    Case(
        resource="templates",
        method="delete",
        operation_id="deleteTaskTemplate",
        http_method="DELETE",
        path="/api/v1/tasks/templates/example-id",
        args=["example-id"],
        kwargs={},
        query={},
        status=200,
        answer={"message": "Template deleted"},
        body_model=None,
        body=None,
        sent_body=None,
        returns=".",
        hooked=False,
        extra={"builder": ("tasks", "delete_task_template")},
    ),
    Case(
        resource="templates",
        method="create_from_task",
        operation_id="createTaskTemplateFromTask",
        http_method="POST",
        path="/api/v1/tasks/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/create-template",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "tmpl_1796152000000_k3x9q2",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "name": "Weekly report",
                "description": None,
                "title": "Write the weekly report",
                "taskDescription": None,
                "priority": "normal",
                "estimatedMinutes": None,
                "requiredCapabilities": [],
                "tags": [],
                "approvalRequired": False,
                "subtasks": [],
                "createdBy": "00000000-0000-4000-8000-0000000000a1",
                "createdAt": "2026-12-01T19:26:09.927Z",
                "metadata": {"createdFromTaskId": "33e94f02-1fdc-4855-ac56-49dc1676fbf6"},
            }
        },
        body_model="CreateTemplateFromTaskRequest",
        body={"name": "Weekly report"},
        sent_body={"name": "Weekly report"},
        returns="data",
        hooked=False,
        extra={"builder": ("tasks", "create_task_template_from_task")},
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.method)
def test_request_and_answer(case: Case, mode: str) -> None:
    run_case(case, mode)


@pytest.mark.parametrize("style", ["dict", "keywords"])
@pytest.mark.parametrize(
    "case", [c for c in CASES if c.body is not None], ids=lambda case: case.method
)
def test_body_styles_send_the_same_bytes(case: Case, style: str) -> None:
    run_case(case, "sync", style)
