"""Resource methods send an `Endpoint` with the call's own path, query and body; builders'
`Operation`s go through the same transport. What a user sees must not depend on which."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from openspawn._generated._async import agents as async_agents
from openspawn._generated._sync import agents as sync_agents
from openspawn._generated.api import agents as agents_api
from openspawn._generated.types import Endpoint

from .spec_mock import Recorder
from .test_conveniences import both, call, drive, make
from .wire import AGENT

BRACED = "{" + AGENT.upper() + "}"


@both
def test_a_uuid_spelled_otherwise_is_percent_encoded_as_the_builder_encodes_it(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> None:
        await call(client.agents.get(BRACED))

    drive(kind, scenario)
    expected = agents_api.get_agent(BRACED).path
    assert expected == f"/api/v1/agents/%7B{AGENT.upper()}%7D"
    assert recorder.last.url.raw_path.decode() == expected


@both
def test_an_operation_from_a_builder_gets_its_envelope_and_models_stamped(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> Any:
        return await call(client._transport.request(agents_api.get_agent(AGENT), {}))

    answer = drive(kind, scenario)
    assert answer._request_id == "req-123"
    assert answer.data._request_id == "req-123"


@pytest.mark.parametrize("module", [sync_agents, async_agents])
def test_each_method_has_its_endpoint_with_its_operation(module: Any) -> None:
    endpoint = module._GET
    assert isinstance(endpoint, Endpoint)
    assert (endpoint.operation_id, endpoint.method) == ("getAgent", "GET")
    assert repr(endpoint) == "<Endpoint getAgent: GET>"
    # Two methods may share an operation but stamp different parts of its answer.
    assert module._LIST.operation_id == "listAgents"


def test_an_endpoint_parses_with_its_builders_parser_once_loaded() -> None:
    endpoint: Endpoint[Any] = Endpoint(
        "getAgent", "GET", "openspawn._generated.api.agents.get_agent", None
    )
    with pytest.raises(ValueError, match="getAgent: status 201 is not a documented 2xx answer"):
        endpoint.parse(201, b"{}")
    builder_module = sys.modules[agents_api.get_agent.__module__]
    assert endpoint.parse is vars(builder_module)["_parse"]  # later answers call it directly


_U = "3f0c9a52-6a1e-4d8e-9b51-0c7de1a0f001"
_UUID_SPELLINGS = [
    _U,  # canonical: sent as it is
    _U.upper(),
    _U.replace("-", ""),  # the other spellings `uuid.UUID` takes, as the builder encodes them
    "urn:uuid:" + _U,
    "{" + _U + "}",
    _U[:8] + _U[9:13] + "-" + _U[8] + _U[13:],  # a dash out of place (uuid.UUID drops dashes)
    _U[:-1] + "g",
    _U + "0",
    _U[:-1],
    _U.replace("-", "_"),
    " " + _U,
    "research-lead",
]


@pytest.mark.parametrize("value", _UUID_SPELLINGS)
def test_a_uuid_path_parameter_takes_what_uuid_takes_and_refuses_the_rest(value: str) -> None:
    import uuid

    from openspawn import InvalidArgumentError

    try:
        uuid.UUID(value)
        valid = True
    except ValueError:
        valid = False
    recorder = Recorder()
    client = make("sync", recorder)
    if not valid:
        with pytest.raises(InvalidArgumentError, match=r"agents\.get\(\): agent_id must be a UUID"):
            client.agents.get(value)
        assert recorder.requests == []
        return
    client.agents.get(value)
    path = recorder.last.url.raw_path.decode()
    assert path == agents_api.get_agent(value).path
    if value in (_U, _U.upper()):
        assert path == f"/api/v1/agents/{value}"
