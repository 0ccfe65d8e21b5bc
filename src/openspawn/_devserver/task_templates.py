"""Task templates: reusable blueprints of a task and its subtasks, kept in the database (upstream
keeps them in process memory, and its create fails before answering), instantiated through the
ordinary task creation so every instance is a normal task with its channel and events."""

from __future__ import annotations

import os
import re
import time
from dataclasses import replace
from typing import Any

from . import tasks
from .context import Ctx, Result
from .errors import ApiError
from .store import dumps_json, loads_json

__all__ = ["handlers"]

_PLACEHOLDER = re.compile(r"\{\{([^{}]+)\}\}")


def _new_template_id() -> str:
    return f"tmpl_{int(time.time() * 1000)}_{os.urandom(4).hex()[:6]}"


def _fill(text: str, variables: dict[str, str]) -> str:
    """Replace ``{{name}}`` by ``variables[name]``; unknown placeholders stay as they are."""
    return _PLACEHOLDER.sub(lambda m: variables.get(m.group(1), m.group(0)), text)


def _store(ctx: Ctx, body: dict[str, Any]) -> dict[str, Any]:
    name = str(body["name"])
    taken = ctx.store.scalar(
        "SELECT 1 FROM task_templates WHERE org_id = ? AND name_key = ?",
        (ctx.org_id, name.lower()),
    )
    if taken:
        raise ApiError(409, f'Template "{name}" already exists')
    template: dict[str, Any] = {
        "id": _new_template_id(),
        "orgId": ctx.org_id,
        "name": name,
        "description": body.get("description"),
        "title": body["title"],
        "taskDescription": body.get("taskDescription"),
        "priority": body.get("priority") or "normal",
        "estimatedMinutes": body.get("estimatedMinutes"),
        "requiredCapabilities": list(body.get("requiredCapabilities") or []),
        "tags": list(body.get("tags") or []),
        "approvalRequired": bool(body.get("approvalRequired", False)),
        "subtasks": [
            {"requiredCapabilities": [], **subtask} for subtask in body.get("subtasks") or []
        ],
        "createdBy": ctx.actor_id,
        "createdAt": ctx.now,
        "metadata": dict(body.get("metadata") or {}),
    }
    ctx.store.insert(
        "task_templates",
        {
            "id": template["id"],
            "org_id": ctx.org_id,
            "name_key": name.lower(),
            "body": dumps_json(template),
            "created_at": ctx.now,
        },
    )
    ctx.emit(
        "task.template.created",
        "template",
        template["id"],
        f'{ctx.actor_name} created the task template "{name}"',
        {"name": name},
    )
    return template


def _load(ctx: Ctx, template_id: str) -> dict[str, Any]:
    text = ctx.store.scalar(
        "SELECT body FROM task_templates WHERE id = ? AND org_id = ?", (template_id, ctx.org_id)
    )
    if text is None:
        raise ApiError(404, "Template not found")
    template: dict[str, Any] = loads_json(text)
    return template


def create_task_template(ctx: Ctx) -> Result:
    return Result({"data": _store(ctx, ctx.body)})


def create_task_template_from_task(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    tags = [
        r["tag"]
        for r in ctx.store.all(
            "SELECT tag FROM task_tags WHERE task_id = ? ORDER BY created_at, rowid", (task["id"],)
        )
    ]
    body: dict[str, Any] = {
        "name": ctx.body["name"],
        "title": task["title"],
        "priority": task["priority"],
        "tags": tags,
        "approvalRequired": bool(task["approval_required"]),
        "metadata": {"createdFromTaskId": task["id"]},
    }
    if task["description"]:
        body["taskDescription"] = task["description"]
    return Result({"data": _store(ctx, body)})


def list_task_templates(ctx: Ctx) -> Result:
    rows = ctx.store.all(
        "SELECT body FROM task_templates WHERE org_id = ? ORDER BY created_at, rowid",
        (ctx.org_id,),
    )
    return Result({"data": [loads_json(r["body"]) for r in rows]})


def get_task_template(ctx: Ctx) -> Result:
    return Result({"data": _load(ctx, ctx.params["templateId"])})


def delete_task_template(ctx: Ctx) -> Result:
    template = _load(ctx, ctx.params["templateId"])
    ctx.store.execute("DELETE FROM task_templates WHERE id = ?", (template["id"],))
    ctx.emit(
        "task.template.deleted",
        "template",
        template["id"],
        f'{ctx.actor_name} deleted the task template "{template["name"]}"',
        {"name": template["name"]},
    )
    return Result({"message": "Template deleted"})


def _create_task(ctx: Ctx, body: dict[str, Any]) -> dict[str, Any]:
    created: dict[str, Any] = tasks.create_task(replace(ctx, body=body)).body["data"]
    return created


def instantiate_task_template(ctx: Ctx) -> Result:
    template = _load(ctx, str(ctx.body["templateId"]))
    variables: dict[str, str] = dict(ctx.body.get("variables") or {})
    description = ctx.body.get("descriptionOverride") or template.get("taskDescription") or ""
    main_body: dict[str, Any] = {
        "title": _fill(ctx.body.get("titleOverride") or template["title"], variables),
        "description": _fill(description, variables),
        "priority": template["priority"],
        "approvalRequired": template["approvalRequired"],
        "tags": list(dict.fromkeys(_fill(tag, variables) for tag in template["tags"])),
        "metadata": {
            **template["metadata"],
            "templateId": template["id"],
            "templateName": template["name"],
            "estimatedMinutes": template.get("estimatedMinutes"),
            "requiredCapabilities": template["requiredCapabilities"],
        },
    }
    for wire in ("assigneeId", "dueAt"):
        if ctx.body.get(wire) is not None:
            main_body[wire] = ctx.body[wire]
    main = _create_task(ctx, main_body)
    created = [main]
    for subtask in template["subtasks"]:
        sub_body: dict[str, Any] = {
            "title": _fill(subtask["title"], variables),
            "priority": subtask["priority"],
            "parentTaskId": main["id"],
            "metadata": {
                "templateId": template["id"],
                "requiredCapabilities": subtask.get("requiredCapabilities") or [],
            },
        }
        if subtask.get("description"):
            sub_body["description"] = _fill(subtask["description"], variables)
        created.append(_create_task(ctx, sub_body))
    ctx.emit(
        "task.template.instantiated",
        "task",
        main["id"],
        f"{ctx.actor_name} created task {main['identifier']} "
        f'from the template "{template["name"]}"',
        {
            "templateId": template["id"],
            "templateName": template["name"],
            "mainTaskId": main["id"],
            "subtaskCount": len(template["subtasks"]),
        },
    )
    return Result({"data": created})


handlers = {
    "listTaskTemplates": list_task_templates,
    "createTaskTemplate": create_task_template,
    "getTaskTemplate": get_task_template,
    "deleteTaskTemplate": delete_task_template,
    "instantiateTaskTemplate": instantiate_task_template,
    "createTaskTemplateFromTask": create_task_template_from_task,
}
