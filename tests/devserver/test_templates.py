"""Task templates: create, conflicts, get/list/delete, instantiate with variables and subtasks,
save a task as a template, org scoping; and the GET /api/v1 probe."""

from __future__ import annotations

from typing import Any

from .dsutil import API, Agent, Api, assert_401, err, ok


def _template(api: Api, name: str, **extra: Any) -> dict[str, Any]:
    body = {"name": name, "title": "Release {{version}}", **extra}
    data: dict[str, Any] = ok(api.post(f"{API}/tasks/templates", json=body), 201)["data"]
    return data


def test_create_get_list_delete(api: Api) -> None:
    created = _template(api, "Release", tags=["release"], priority="high", estimatedMinutes=30)
    assert created["id"].startswith("tmpl_")
    assert created["priority"] == "high" and created["tags"] == ["release"]
    assert created["requiredCapabilities"] == [] and created["subtasks"] == []
    assert created["approvalRequired"] is False and created["metadata"] == {}
    got = ok(api.get(f"{API}/tasks/templates/{created['id']}"), 200)["data"]
    assert got == created
    listed = ok(api.get(f"{API}/tasks/templates"), 200)["data"]
    assert created in listed
    err(api.post(f"{API}/tasks/templates", json={"name": "RELEASE", "title": "x"}), 409)
    deleted = ok(api.delete(f"{API}/tasks/templates/{created['id']}"), 200)
    assert deleted == {"message": "Template deleted"}
    err(api.get(f"{API}/tasks/templates/{created['id']}"), 404, "Template not found")
    err(api.delete(f"{API}/tasks/templates/{created['id']}"), 404, "Template not found")
    types = [e["type"] for e in ok(api.get(f"{API}/events"), 200)["data"]]
    assert "task.template.created" in types and "task.template.deleted" in types


def test_create_validation(api: Api) -> None:
    err(api.post(f"{API}/tasks/templates", json={"title": "no name"}), 400)
    err(api.post(f"{API}/tasks/templates", json={"name": "no title"}), 400)
    err(api.post(f"{API}/tasks/templates", json={"name": "n", "title": "t", "x": 1}), 400)
    err(api.post(f"{API}/tasks/templates", json={"name": "n", "title": "t", "priority": "x"}), 400)


def test_instantiate(api: Api) -> None:
    worker = api.register()
    template = _template(
        api,
        "Ship",
        taskDescription="Ship {{version}} to {{where}}",
        requiredCapabilities=["python"],
        tags=["v{{version}}"],
        metadata={"team": "core"},
        subtasks=[
            {
                "title": "Changelog {{version}}",
                "priority": "low",
                "requiredCapabilities": ["writing"],
            },
            {"title": "Tag {{version}}", "priority": "normal"},
        ],
    )
    made = ok(
        api.post(
            f"{API}/tasks/templates/instantiate",
            json={
                "templateId": template["id"],
                "variables": {"version": "1.2"},
                "assigneeId": worker.id,
            },
        ),
        201,
    )["data"]
    main, first, second = made
    assert main["title"] == "Release 1.2" and main["description"] == "Ship 1.2 to {{where}}"
    assert main["status"] == "backlog" and main["assigneeId"] == worker.id
    assert [t["tag"] for t in main["tags"]] == ["v1.2"]
    assert main["metadata"] == {
        "team": "core",
        "templateId": template["id"],
        "templateName": "Ship",
        "estimatedMinutes": None,
        "requiredCapabilities": ["python"],
    }
    assert first["title"] == "Changelog 1.2" and first["priority"] == "low"
    assert first["parentTaskId"] == main["id"] and second["parentTaskId"] == main["id"]
    assert first["metadata"] == {"templateId": template["id"], "requiredCapabilities": ["writing"]}
    stored = ok(api.get(f"{API}/tasks/{second['id']}"), 200)["data"]
    assert stored["title"] == "Tag 1.2"
    override = ok(
        api.post(
            f"{API}/tasks/templates/instantiate",
            json={"templateId": template["id"], "titleOverride": "Hotfix"},
        ),
        201,
    )["data"]
    assert override[0]["title"] == "Hotfix" and len(override) == 3
    err(api.post(f"{API}/tasks/templates/instantiate", json={"templateId": "tmpl_nope"}), 404)
    err(
        api.post(
            f"{API}/tasks/templates/instantiate",
            json={
                "templateId": template["id"],
                "assigneeId": "00000000-0000-4000-8000-00000000dead",
            },
        ),
        400,
    )


def test_create_from_task(api: Api) -> None:
    task = api.task(title="Weekly report", description="Sum it up", tags=["ops"], priority="high")
    made = ok(api.post(f"{API}/tasks/{task['id']}/create-template", json={"name": "Weekly"}), 201)[
        "data"
    ]
    assert made["title"] == "Weekly report" and made["taskDescription"] == "Sum it up"
    assert made["tags"] == ["ops"] and made["priority"] == "high"
    assert made["metadata"] == {"createdFromTaskId": task["id"]}
    err(api.post(f"{API}/tasks/{task['id']}/create-template", json={"name": "weekly"}), 409)
    err(api.post(f"{API}/tasks/{task['id']}/create-template", json={}), 400)
    err(
        api.post(
            f"{API}/tasks/00000000-0000-4000-8000-00000000dead/create-template", json={"name": "x"}
        ),
        404,
    )


def test_ping(api: Api, hr: Agent) -> None:
    assert ok(api.get(f"{API}"), 200) == {"message": "Hello API"}
    assert ok(api.get(f"{API}", as_=hr), 200) == {"message": "Hello API"}
    assert_401(api.get(f"{API}", as_=None))
