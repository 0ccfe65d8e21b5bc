"""`agents.list()` items are validated over the nine fields list answers carry
(`x-python-summary`), yet a user sees `Agent`s: the right values, every other field None, a
newer server's extra fields typed and kept, and dumps, equality, repr and pickles as a full
`Agent` holding the same data (docs/performance.md, "Lists that cost what they carry")."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest
from pydantic import BaseModel, TypeAdapter

from openspawn import APIResponseValidationError, AsyncBikiniBottomClient, BikiniBottomClient
from openspawn._generated.models.agent_list_response import AgentListResponse
from openspawn.enums import AgentMode, AgentRole, AgentStatus
from openspawn.models import Agent

RECORDED = (
    Path(__file__).resolve().parents[1] / "fixtures" / "upstream-examples" / "agents_list.json"
)
ITEMS: list[dict[str, Any]] = json.loads(RECORDED.read_text(encoding="utf-8"))["response"]["body"][
    "data"
]
SECRET = "0123456789abcdef" * 4
# What a newer server might send in a list item: two declared fields list answers do not carry
# today, and one the spec does not know.
LATE = {"mode": "orchestrator", "budgetPeriodStart": "2026-11-01T00:00:00Z", "shinyNew": [1, 2]}


def _answer(items: list[dict[str, Any]]) -> httpx2.MockTransport:
    body = json.dumps({"data": items}).encode()
    return httpx2.MockTransport(
        lambda request: httpx2.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )


def _list(items: list[dict[str, Any]]) -> list[Agent]:
    transport = _answer(items)
    with BikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.Client(transport=transport),
    ) as client:
        return client.agents.list()


def _full(item: dict[str, Any]) -> Agent:
    """The same item validated as a full Agent: what list items were before summaries."""
    return Agent.model_validate_json(json.dumps(item))


@pytest.fixture
def items() -> list[Agent]:
    return _list(ITEMS)


def test_items_are_agents_with_the_values_the_server_sent(items: list[Agent]) -> None:
    assert len(items) == len(ITEMS) == 2
    for item, sent in zip(items, ITEMS, strict=True):
        assert isinstance(item, Agent)
        assert (item.id, item.agent_id, item.name, item.model) == (
            sent["id"],
            sent["agentId"],
            sent["name"],
            sent["model"],
        )
        assert item.role is AgentRole(sent["role"])
        assert item.status is AgentStatus.ACTIVE
        assert (item.level, item.current_balance) == (sent["level"], sent["currentBalance"])
        assert item.created_at == dt.datetime(2026, 11, 25, 19, 24, 6, 626000, tzinfo=dt.UTC)
        # Declared fields list answers do not carry read as None, as on a full Agent.
        assert item.mode is None and item.parent_id is None and item.capabilities is None
        assert item["updatedAt"] is None and item["agentId"] == sent["agentId"]
        assert item.model_extra == {}
        assert item.model_fields_set == _full(sent).model_fields_set


def test_items_store_only_the_fields_list_answers_carry(items: list[Agent]) -> None:
    # The point of the summary: nothing is validated or stored for the 21 absent fields.
    assert type(items[0]).__name__ == "AgentSummary"
    assert list(vars(items[0])) == [
        "id",
        "agent_id",
        "name",
        "role",
        "level",
        "model",
        "status",
        "current_balance",
        "created_at",
    ]
    assert len(_full(ITEMS[0]).__dict__) == len(Agent.model_fields) == 30


def test_async_list_gives_the_same_items() -> None:
    import asyncio

    async def main() -> list[Agent]:
        async with AsyncBikiniBottomClient(
            "http://bb.test",
            agent_id="talent",
            secret=SECRET,
            http_client=httpx2.AsyncClient(transport=_answer(ITEMS)),
        ) as client:
            return await client.agents.list()

    got = asyncio.run(main())
    assert got == [_full(item) for item in ITEMS]
    assert all(type(item).__name__ == "AgentSummary" for item in got)


def test_a_late_field_is_validated_with_its_declared_type_and_kept() -> None:
    got = _list([{**ITEMS[0], **LATE}, ITEMS[1]])
    late, plain = got
    assert type(late) is Agent  # validated as a full Agent, exactly as before summaries
    assert late.mode is AgentMode.ORCHESTRATOR
    assert late.budget_period_start == dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    assert late.model_extra == {"shinyNew": [1, 2]}
    assert late == _full({**ITEMS[0], **LATE})
    assert type(plain).__name__ == "AgentSummary" and plain == _full(ITEMS[1])


def test_an_unknown_field_alone_is_kept() -> None:
    (item,) = _list([{**ITEMS[0], "shinyNew": "yes"}])
    assert item.model_extra == {"shinyNew": "yes"}
    assert item["shinyNew"] == "yes"


@pytest.mark.parametrize(
    ("change", "field"),
    [({"trustScore": "high"}, "trustScore"), ({"level": "ten"}, "level")],
    ids=["late field", "carried field"],
)
def test_an_invalid_value_is_refused_naming_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        _list([ITEMS[0], {**ITEMS[1], **change}])
    message = str(caught.value)
    assert "listAgents" in message and f"data.1.Agent.{field}" in message
    assert "valid integer" in message


def test_equality_both_ways_with_a_full_agent(items: list[Agent]) -> None:
    full = _full(ITEMS[0])
    assert items[0] == full and full == items[0]
    assert (items[0] != full, full != items[0]) == (False, False)
    assert items[0] != _full(ITEMS[1]) and _full(ITEMS[1]) != items[0]
    assert items[0] == _list(ITEMS)[0]
    assert items[0] != items[1]
    other: object = {"id": ITEMS[0]["id"]}
    assert items[0] != other


def test_dumps_are_a_full_agents(items: list[Agent]) -> None:
    for item, sent in zip(items, ITEMS, strict=True):
        full = _full(sent)
        assert item.model_dump() == full.model_dump()
        assert list(item.model_dump()) == list(full.model_dump())  # same keys, same order
        assert item.model_dump(mode="json", by_alias=True) == full.model_dump(
            mode="json", by_alias=True
        )
        assert item.model_dump(exclude_unset=True) == full.model_dump(exclude_unset=True)
        assert item.model_dump(exclude={"name"}, exclude_none=True) == full.model_dump(
            exclude={"name"}, exclude_none=True
        )
        assert item.model_dump_json() == full.model_dump_json()
        assert item.model_dump_json(by_alias=True, exclude_unset=True) == json.dumps(
            sent, separators=(",", ":")
        ).replace(".626Z", ".626000Z")
        assert item.to_wire() == full.to_wire()
        assert item.wire_json() == full.wire_json()
        assert dict(item) == dict(full)
        assert repr(item) == repr(full) and str(item) == str(full)


def test_the_list_answer_dumps_and_describes_itself_as_before() -> None:
    class Before(BaseModel):  # the envelope as it was: items are full Agents
        data: list[Agent]

    body = json.dumps({"data": ITEMS})
    answer = AgentListResponse.model_validate_json(body)
    before = Before.model_validate_json(body)
    assert answer.model_dump() == before.model_dump()
    assert answer.model_dump_json(by_alias=True) == before.model_dump_json(by_alias=True)
    schema, schema_before = AgentListResponse.model_json_schema(), Before.model_json_schema()
    assert schema["properties"]["data"]["items"] == schema_before["properties"]["data"]["items"]
    assert schema.get("$defs") == schema_before.get("$defs")
    # Full Agents put into the list answer stay full Agents.
    mixed = AgentListResponse(data=[_full(ITEMS[0]), answer.data[1]])
    assert [type(item).__name__ for item in mixed.data] == ["Agent", "AgentSummary"]


def test_pickle_copy_and_assignment(items: list[Agent]) -> None:
    item = items[0]
    for restored in (
        pickle.loads(pickle.dumps(item)),
        copy.copy(item),
        copy.deepcopy(item),
        item.model_copy(),
    ):
        assert restored == item and restored == _full(ITEMS[0])
        assert restored.mode is None
    changed = item.model_copy(update={"mode": AgentMode.WORKER})
    assert changed.mode is AgentMode.WORKER and item.mode is None
    item.parent_id = "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"
    assert item.parent_id == "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"
    assert item.model_dump()["parent_id"] == item.parent_id
    assert "parent_id" in item.model_fields_set
    assert item.model_dump(exclude_unset=True, by_alias=True)["parentId"] == item.parent_id


def test_dumped_through_another_models_field_only_the_stored_fields_appear(
    items: list[Agent],
) -> None:
    # Documented difference: pydantic dumps a field typed `Agent` by reading the instance's
    # stored fields, so a summary shows what the server sent (as exclude_unset would).
    class Mine(BaseModel):
        agents: list[Agent]

    dumped = Mine(agents=items).model_dump(by_alias=True)["agents"][0]
    assert dumped == Agent.model_validate(ITEMS[0]).model_dump(by_alias=True, exclude_unset=True)
    adapter = TypeAdapter(list[Agent])
    assert adapter.dump_python(items, exclude_unset=True) == adapter.dump_python(
        [_full(item) for item in ITEMS], exclude_unset=True
    )


# -- static typing: the guide's line, as written ----------------------------------------------

SNIPPET = """\
from openspawn import BikiniBottomClient
from openspawn.enums import AgentMode, AgentRole
from openspawn.models import Agent


def run(client: BikiniBottomClient) -> None:
    agents: list[Agent] = client.agents.list()
    agent = agents[0]
    name: str = agent.name
    level: int = agent.level
    role: AgentRole = agent.role
    mode: AgentMode | None = agent.mode
    print(name, level, role, mode)
"""
WRONG = "    agent.invalid_field\n"


def _checker(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    if not path.is_file():
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return str(path)


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_the_guides_annotation_type_checks_strictly(checker: str, tmp_path: Path) -> None:
    tool = _checker(checker)
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text(SNIPPET, encoding="utf-8")
    bad.write_text(SNIPPET + WRONG, encoding="utf-8")
    if checker == "mypy":
        command = [tool, "--strict", str(good), str(bad)]
    else:
        (tmp_path / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}')
        command = [
            tool,
            "--pythonpath",
            sys.executable,
            "--project",
            str(tmp_path),
            str(good),
            str(bad),
        ]
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        command, capture_output=True, text=True, cwd=root, timeout=300, check=False
    )
    report = result.stdout + result.stderr
    # The guide's line passes; the checker really looked at the types (bad.py's line fails).
    assert "good.py" not in report, report
    assert result.returncode != 0 and "bad.py" in report and "invalid_field" in report, report
