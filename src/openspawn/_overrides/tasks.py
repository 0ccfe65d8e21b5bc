"""Tasks: the priority filter, applied on our side too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._generated.models import Task
from . import after_parse


@after_parse("listTasks")
def filter_by_priority(tasks: list[Task], arguments: Mapping[str, Any]) -> list[Task]:
    """``priority`` is a server extension that other servers ignore: filter the answer as well."""
    priority = arguments.get("priority")
    if priority is None:
        return tasks
    return [task for task in tasks if task.priority == priority]
