"""Task dependencies and task comments."""

from __future__ import annotations

from . import views
from .context import Ctx, Result
from .errors import ApiError
from .timeutil import new_id

__all__ = ["handlers"]


def _reaches(ctx: Ctx, start: str, goal: str) -> bool:
    """Whether ``start`` (transitively) depends on ``goal``."""
    seen = {start}
    frontier = [start]
    while frontier:
        current = frontier.pop()
        if current == goal:
            return True
        for row in ctx.store.all(
            "SELECT depends_on_id FROM task_dependencies WHERE task_id = ?", (current,)
        ):
            nxt = row[0]
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return False


def add_task_dependency(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    depends_on_id = str(ctx.body["dependsOnId"]).lower()
    if depends_on_id == task["id"]:
        raise ApiError(409, "Task cannot depend on itself")
    prerequisite = ctx.require_task(depends_on_id, "Dependency task not found")
    exists = ctx.store.scalar(
        "SELECT 1 FROM task_dependencies WHERE task_id = ? AND depends_on_id = ?",
        (task["id"], prerequisite["id"]),
    )
    if exists:
        raise ApiError(409, "Dependency already exists")
    if _reaches(ctx, prerequisite["id"], task["id"]):
        raise ApiError(409, "Circular dependency detected")
    blocking = ctx.body.get("blocking")
    dep_id = new_id()
    ctx.store.insert(
        "task_dependencies",
        {
            "id": dep_id,
            "org_id": ctx.org_id,
            "task_id": task["id"],
            "depends_on_id": prerequisite["id"],
            "blocking": 0 if blocking is False else 1,
            "created_at": ctx.now,
        },
    )
    ctx.emit(
        "task.dependency.added",
        "task",
        task["id"],
        f"{ctx.actor_name} made task {task['identifier']} depend on {prerequisite['identifier']}",
        {
            "dependencyId": dep_id,
            "dependsOnId": prerequisite["id"],
            "blocking": blocking is not False,
        },
    )
    row = ctx.store.one("SELECT * FROM task_dependencies WHERE id = ?", (dep_id,))
    assert row is not None
    return Result({"data": views.dependency(row)})


def remove_task_dependency(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    row = ctx.store.one(
        "SELECT * FROM task_dependencies WHERE task_id = ? AND depends_on_id = ?",
        (task["id"], ctx.params["dependsOnId"]),
    )
    if row is None:
        raise ApiError(404, "Dependency not found")
    ctx.store.execute("DELETE FROM task_dependencies WHERE id = ?", (row["id"],))
    prerequisite = ctx.task(row["depends_on_id"])
    other = prerequisite["identifier"] if prerequisite is not None else row["depends_on_id"]
    ctx.emit(
        "task.dependency.removed",
        "task",
        task["id"],
        f"{ctx.actor_name} removed the dependency of task {task['identifier']} on {other}",
        {"dependencyId": row["id"], "dependsOnId": row["depends_on_id"]},
    )
    return Result({"message": "Dependency removed"}, status=200)


def add_task_comment(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    parent_id = ctx.body.get("parentCommentId")
    if parent_id is not None:
        parent_id = str(parent_id).lower()
        parent = ctx.store.scalar(
            "SELECT 1 FROM task_comments WHERE id = ? AND task_id = ?", (parent_id, task["id"])
        )
        if not parent:
            raise ApiError(404, "Parent comment not found")
    comment_id = new_id()
    ctx.store.insert(
        "task_comments",
        {
            "id": comment_id,
            "org_id": ctx.org_id,
            "task_id": task["id"],
            "author_id": ctx.actor_id,
            "body": ctx.body["body"],
            "parent_comment_id": parent_id,
            "created_at": ctx.now,
            "updated_at": ctx.now,
        },
    )
    ctx.emit(
        "task.comment.added",
        "task",
        task["id"],
        f"{ctx.actor_name} commented on task {task['identifier']}",
        {"commentId": comment_id},
    )
    row = ctx.store.one("SELECT * FROM task_comments WHERE id = ?", (comment_id,))
    assert row is not None
    return Result({"data": views.comment(row)})


def list_task_comments(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    rows = ctx.store.all(
        "SELECT * FROM task_comments WHERE task_id = ? ORDER BY created_at, rowid", (task["id"],)
    )
    return Result({"data": [views.comment(r) for r in rows]})


handlers = {
    "addTaskDependency": add_task_dependency,
    "removeTaskDependency": remove_task_dependency,
    "addTaskComment": add_task_comment,
    "listTaskComments": list_task_comments,
}
