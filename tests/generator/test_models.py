"""The generated package as the SDK uses it: models, enums, `WireModel` and the helpers."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import Any

import pytest
from pydantic import Field, ValidationError

from openspawn._generated import models, types
from openspawn._generated.models import (
    CreateTaskRequest,
    TaskResponse,
    TaskStatus,
    TransitionTaskRequest,
    UpdateAgentRequest,
)

from .conftest import SAMPLE_UUID as UUID1
from .conftest import sample_payload


def _task_payload(**changes: Any) -> bytes:
    payload = sample_payload(TaskResponse)
    payload["data"].update(changes)
    return json.dumps(payload).encode()


# ---------------------------------------------------------------------------------------------
# JSON round trip


def test_camel_case_json_round_trip() -> None:
    payload = sample_payload(TaskResponse)
    assert "createdAt" in payload["data"]
    parsed = TaskResponse.model_validate_json(json.dumps(payload))
    assert isinstance(parsed.data.created_at, dt.datetime)
    assert parsed.data.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert isinstance(parsed.data.status, TaskStatus)
    assert parsed.model_dump(mode="json", by_alias=True) == payload
    assert parsed.to_wire() == payload
    assert not hasattr(parsed.data, "createdAt")


def test_every_model_and_enum_is_exported_and_importable() -> None:
    aliases = []
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type):
            assert cls.__name__ == name
        else:  # a free-form object is a dict alias
            assert cls.__origin__ is dict, name
            aliases.append(name)
    assert "TaskMetadata" in aliases
    models.Task.model_rebuild()
    assert models.Task.model_fields["metadata"].annotation == models.TaskMetadata | None
    assert dir(models) == list(models.__all__)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_importing_models_package_is_lazy() -> None:
    code = (
        "import sys, openspawn._generated.models as m;"
        "assert 'pydantic' not in sys.modules, 'pydantic imported eagerly';"
        "assert not [k for k in sys.modules if k.startswith('openspawn._generated.models.')];"
        "m.TaskResponse;"
        "assert 'openspawn._generated.models.task_response' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------------------------------
# Requests are strict, responses are lenient


def test_request_model_rejects_an_unknown_keyword() -> None:
    with pytest.raises(
        ValidationError, match=r"extra_forbidden|Extra inputs are not permitted"
    ) as err:
        CreateTaskRequest(title="x", **{"Title": "x"})
    assert "Title" in str(err.value)
    with pytest.raises(ValidationError):
        CreateTaskRequest(**{"Title": "x"})


def test_request_model_accepts_wire_and_python_names() -> None:
    assert CreateTaskRequest(title="a").title == "a"
    assert CreateTaskRequest.model_validate({"title": "a"}).title == "a"


def test_response_model_keeps_unknown_fields() -> None:
    parsed = TaskResponse.model_validate_json(_task_payload(riskScore=9, fromTheFuture={"a": [1]}))
    assert parsed.data.model_extra == {"riskScore": 9, "fromTheFuture": {"a": [1]}}
    assert parsed.data["riskScore"] == 9
    assert parsed.data.to_wire()["fromTheFuture"] == {"a": [1]}


def test_response_model_accepts_an_unknown_enum_value() -> None:
    parsed = TaskResponse.model_validate_json(_task_payload(status="archived_by_robot"))
    status = parsed.data.status
    assert isinstance(status, TaskStatus)
    assert status == "archived_by_robot" and status.value == "archived_by_robot"
    assert status.name == "ARCHIVED_BY_ROBOT"
    assert status not in list(TaskStatus)
    assert types.is_unknown_enum_member(status)
    assert not types.is_unknown_enum_member(next(iter(TaskStatus)))
    assert TaskStatus("archived_by_robot") is status
    assert parsed.to_wire()["data"]["status"] == "archived_by_robot"
    with pytest.raises(ValueError):
        TaskStatus(3)  # type: ignore[arg-type]


def test_request_model_rejects_an_unknown_enum_value() -> None:
    with pytest.raises(ValidationError, match="is not a valid TaskStatus") as err:
        TransitionTaskRequest(status="no_such_status")  # type: ignore[arg-type]
    assert err.value.errors()[0]["loc"] == ("status",)
    with pytest.raises(ValidationError, match="is not a valid TaskStatus"):
        TransitionTaskRequest(status=TaskStatus("no_such_status"))
    known = next(iter(TaskStatus))
    assert TransitionTaskRequest(status=known.value).status is known  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# x-python-name, to_wire, __getitem__


def test_x_python_name_both_ways() -> None:
    request = TransitionTaskRequest(status="review", notes="x")  # type: ignore[arg-type]
    assert request.to_wire() == {"status": "review", "reason": "x"}
    assert TransitionTaskRequest.model_validate({"status": "review", "reason": "x"}).notes == "x"
    assert (
        TransitionTaskRequest.model_validate_json(b'{"status": "review", "reason": "x"}').notes
        == "x"
    )
    assert "notes" in TransitionTaskRequest.model_fields
    assert "reason" not in TransitionTaskRequest.model_fields
    assert request["reason"] == request["notes"] == "x"


def test_to_wire_sends_only_what_was_set_and_keeps_explicit_none() -> None:
    assert UpdateAgentRequest(budget_period_limit=None).to_wire() == {"budgetPeriodLimit": None}
    assert UpdateAgentRequest(name="x").to_wire() == {"name": "x"}
    assert UpdateAgentRequest().to_wire() == {}
    assert UpdateAgentRequest(metadata={"a": {"b": None}}).to_wire() == {
        "metadata": {"a": {"b": None}}
    }


class _Inner(types.WireModel):
    value: int | None = None
    label: str | None = None
    kind: str = "plain"


class _Outer(types.WireModel):
    inner: _Inner | None = None
    items: list[_Inner] = Field(default_factory=list)
    by_key: dict[str, _Inner] = Field(default_factory=dict)
    when: dt.datetime | None = None


def test_to_wire_recurses_into_nested_models() -> None:
    outer = _Outer(
        inner=_Inner(value=None),
        items=[_Inner(label="a"), _Inner()],
        by_key={"k": _Inner(value=1)},
        when=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
    )
    assert outer.to_wire() == {
        "inner": {"value": None, "kind": "plain"},
        "items": [{"label": "a", "kind": "plain"}, {"kind": "plain"}],
        "by_key": {"k": {"value": 1, "kind": "plain"}},
        "when": "2026-01-02T00:00:00Z",
    }
    assert _Outer().to_wire() == {"items": [], "by_key": {}}


def test_getitem_by_wire_name_python_name_and_extra() -> None:
    parsed = TaskResponse.model_validate_json(_task_payload(extraThing=5))
    task = parsed.data
    assert task["createdAt"] == task["created_at"] == task.created_at
    assert task["extraThing"] == 5
    assert parsed["data"] is task
    with pytest.raises(KeyError) as err:
        task["noSuchField"]
    message = str(err.value)
    assert "noSuchField" in message and "createdAt" in message and "extraThing" in message


# ---------------------------------------------------------------------------------------------
# Operation and the value helpers


def test_operation_is_frozen_and_slotted() -> None:
    op = types.Operation("x", "GET", "/p", {}, types.UNSET, lambda status, content: None)
    with pytest.raises(AttributeError):
        op.path = "/q"  # type: ignore[misc]
    assert not hasattr(op, "__dict__")
    assert repr(types.UNSET) == "UNSET" and not types.UNSET
    assert types.Unset() is types.UNSET


def test_query_value() -> None:
    q = types.query_value
    assert q(next(iter(TaskStatus))) == next(iter(TaskStatus)).value
    assert (q(True), q(False)) == ("true", "false")
    assert (q(5), q("a b"), q(1.5)) == ("5", "a b", "1.5")
    assert q(dt.date(2026, 1, 2)) == "2026-01-02"
    assert q(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)) == "2026-01-02T03:04:05Z"
    plus2 = dt.timezone(dt.timedelta(hours=2))
    assert (
        q(dt.datetime(2026, 1, 2, 3, 4, 5, 120000, tzinfo=plus2)) == "2026-01-02T01:04:05.120000Z"
    )
    naive = dt.datetime(2026, 6, 1, 12, 0, 0)
    assert q(naive) == naive.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_naive_datetime_is_local_time(tmp_path: Any) -> None:
    code = (
        "import datetime as dt, time; from openspawn._generated.types import query_value;"
        "print(query_value(dt.datetime(2026, 1, 2, 12, 0, 0)))"
    )
    env = {"TZ": "Asia/Tokyo", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "2026-01-02T03:00:00Z"


def test_path_value_encodes_every_reserved_character() -> None:
    assert types.path_value("a/b c?d#e%f") == "a%2Fb%20c%3Fd%23e%25f"
    assert types.path_value(UUID1) == UUID1
    import uuid

    assert types.path_value(uuid.UUID(UUID1)) == UUID1
