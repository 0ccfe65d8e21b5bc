"""The first call imports what it needs and nothing else (docs/performance.md, "First call
ready"): `client.agents.get` loads its own request builder and the models of its answer, not
the other builders, request models and overrides of the resource, nor the optional parts of the
SDK. Each check runs in a fresh interpreter, since the test process has imported everything."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx2

from openspawn import BikiniBottomClient

AGENT_ID = "3f0c9a52-6a1e-4d8e-9b51-0c7de1a0f001"
TASK = {
    "id": "c8307be7-f6e8-4d8d-9adf-adf6db2ff510",
    "orgId": "00000000-0000-4000-8000-000000000001",
    "identifier": "TASK-2",
    "title": "T",
    "status": "backlog",
    "priority": "normal",
    "creatorId": AGENT_ID,
    "approvalRequired": False,
    "createdAt": "2026-11-25T19:24:06.626Z",
    "updatedAt": "2026-11-25T19:24:06.626Z",
}
AGENT = {
    "id": AGENT_ID,
    "agentId": "research-lead",
    "name": "Research Lead",
    "role": "worker",
    "level": 5,
    "model": "sonnet",
    "status": "active",
    "currentBalance": 1250,
    "managementFeePct": 10,
    "capabilities": [
        {
            "id": "6a1e3f0c-9a52-4d8e-9b51-0c7de1a0f001",
            "agentId": AGENT_ID,
            "capability": "python",
            "proficiency": "expert",
            "createdAt": "2026-11-25T19:24:06.626Z",
        }
    ],
    "createdAt": "2026-11-25T19:24:06.626Z",
    "updatedAt": "2026-11-26T08:30:00.000Z",
}

FIRST_CALL = f"""
import json, sys
import httpx2
def answer(request):
    return httpx2.Response(200, json={{"data": {AGENT!r}}})
from openspawn import BikiniBottomClient
client = BikiniBottomClient("http://bb.test", agent_id="research-lead", secret="ab" * 32,
    http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))
agent = client.agents.get({AGENT_ID!r})
print(json.dumps({{
    "agent": [agent.name, agent.role.value, agent.capabilities[0].proficiency.value],
    "modules": sorted(sys.modules),
}}))
"""


def _run(code: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _models_of(modules: list[str]) -> set[str]:
    prefix = "openspawn._generated.models."
    return {m[len(prefix) :] for m in modules if m.startswith(prefix)}


def test_the_first_get_imports_only_its_builder_and_the_models_of_its_answer() -> None:
    seen = _run(FIRST_CALL)
    assert seen["agent"] == ["Research Lead", "worker", "expert"]
    modules = seen["modules"]
    builders = [m for m in modules if m.startswith("openspawn._generated.api.")]
    assert builders == [
        "openspawn._generated.api.agents",
        "openspawn._generated.api.agents.get_agent",
    ]
    # Exactly the models that parsing the answer needs: what importing AgentResponse imports.
    needed = _run(
        "import json, sys\n"
        "from openspawn._generated.models import AgentResponse\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    assert _models_of(modules) == _models_of(needed)
    assert {"agent_response", "agent", "agent_capability"} <= _models_of(modules)
    assert "create_agent_request" not in _models_of(modules)
    for unneeded in (
        "openspawn._overrides.agents",  # the hooks of create, spawn and reject
        "openspawn._generated._sync.tasks",  # other resources
        "openspawn._sync.raw",  # with_raw_response
        "openspawn._sync.watch",
        "openspawn._sync.pagination",
        "openspawn._generated.summaries",  # list answers' summary classes
        "openspawn._async",
        "openspawn.webhooks",
        "openspawn.mcp",
        "openspawn.devserver",
        "openspawn._devserver",
        "anyio",
    ):
        assert unneeded not in modules, unneeded


def test_the_first_get_makes_no_dataclass_and_compiles_no_regex_of_the_sdk() -> None:
    # Both cost a fresh process millions of instructions (a dataclass execs its methods): the
    # SDK's value classes are written out and its checks use string methods.
    probe = (
        "import dataclasses, re, sys\n"
        "made, compiled = [], []\n"
        "real_dataclass, real_compile = dataclasses._process_class, re._compile\n"
        "def process(cls, *args):\n"
        "    made.append(f'{cls.__module__}.{cls.__qualname__}')\n"
        "    return real_dataclass(cls, *args)\n"
        "def compile_(pattern, flags):\n"
        "    caller = sys._getframe(1)\n"
        "    while caller.f_globals.get('__name__', '').startswith('re'):\n"
        "        caller = caller.f_back\n"
        "    compiled.append((caller.f_globals.get('__name__', ''), str(pattern)))\n"
        "    return real_compile(pattern, flags)\n"
        "dataclasses._process_class, re._compile = process, compile_\n"
    )
    report = (
        "\nprint(json.dumps({'agent': [agent.name], 'modules': [], 'made': made,\n"
        "    'compiled': [c for c in compiled if c[0].startswith('openspawn')]}))\n"
    )
    seen = _run(probe + FIRST_CALL.split("print(json.dumps(")[0] + report)
    assert seen["agent"] == ["Research Lead"]
    assert [name for name in seen["made"] if name.startswith("openspawn")] == []
    # What is left on this path: `check_uuid`'s pattern (wirejson finds surrogates without one).
    allowed = {"openspawn._core.arguments"}
    assert {module for module, _ in seen["compiled"]} <= allowed, seen["compiled"]


def test_import_openspawn_loads_no_client_model_or_builder() -> None:
    modules = _run("import json, sys, openspawn\nprint(json.dumps(sorted(sys.modules)))")
    loaded = [m for m in modules if m.startswith("openspawn.")]
    assert loaded == ["openspawn._core", "openspawn._core.errors", "openspawn._version"]
    assert "pydantic" not in modules and "httpx2" not in modules


def test_public_names_still_load_on_first_use() -> None:
    seen = _run(
        "import json, sys\n"
        "import openspawn, openspawn.models, openspawn.enums\n"
        "before = sorted(sys.modules)\n"
        "from openspawn.models import Agent\n"
        "from openspawn.enums import TaskStatus\n"
        "names = [openspawn.BikiniBottomClient.__name__, Agent.__name__, TaskStatus.TODO.value]\n"
        "print(json.dumps({'before': before, 'after': sorted(sys.modules), 'names': names}))"
    )
    assert seen["names"] == ["BikiniBottomClient", "Agent", "todo"]
    assert _models_of(seen["before"]) == set()
    assert {"agent", "task_status"} <= _models_of(seen["after"])


def test_every_builder_attribute_is_its_build_function_whichever_way_it_was_imported() -> None:
    # Importing a builder module first (as the MCP adapter and the wire tests do) must not leave
    # the package attribute pointing at the module instead of its `build`.
    seen = _run(
        "import importlib, json\n"
        "module = importlib.import_module('openspawn._generated.api.agents.spawn_agent')\n"
        "from openspawn._generated.api import agents\n"
        "from openspawn._generated.api.agents import get_agent\n"
        "print(json.dumps([agents.spawn_agent is module.build, callable(get_agent),\n"
        "    get_agent is importlib.import_module(get_agent.__module__).build,\n"
        "    sorted(dir(agents)) == sorted(agents.__all__)]))"
    )
    assert seen == [True, True, True, True]


def test_methods_loaded_lazily_work_on_a_warm_client_too() -> None:
    sent: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        if request.method == "POST":
            created: dict[str, object] = {"id": AGENT_ID, "agentId": "scout", "name": "Scout"}
            created |= {"role": "worker", "model": "sonnet", "level": 1}
            return httpx2.Response(
                201, json={"data": created, "secret": "cd" * 32, "message": "registered"}
            )
        return httpx2.Response(200, json={"data": AGENT})

    client = BikiniBottomClient(
        "http://bb.test",
        agent_id="research-lead",
        secret="ab" * 32,
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
    )
    for _ in range(2):  # the first call loads the builder, the second finds it loaded
        assert client.agents.get(AGENT_ID).name == "Research Lead"
    created = client.agents.create(name="Scout")  # request model and override, loaded lazily
    assert json.loads(sent[-1].content)["agentId"] == "scout"
    assert (created.data.agent_id, created.message) == ("scout", "registered")


def test_a_method_reading_a_request_model_is_the_plain_method_after_its_first_call() -> None:
    seen = _run(
        "import inspect, json, httpx2\n"
        "from openspawn import BikiniBottomClient\n"
        "from openspawn._generated._sync.tasks import Tasks\n"
        "from openspawn._generated._async.tasks import AsyncTasks\n"
        "before = Tasks.__dict__['create']\n"
        "real = before.__wrapped__\n"
        "facts = [inspect.iscoroutinefunction(AsyncTasks.create),\n"
        "    'title' in inspect.signature(Tasks.create).parameters,\n"
        "    before.__doc__ == real.__doc__]\n"
        "def answer(request):\n"
        f"    return httpx2.Response(201, json={{'data': {TASK!r}}})\n"
        "client = BikiniBottomClient('http://bb.test', api_key='osp_' + 'a' * 64,\n"
        "    http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))\n"
        "task = client.tasks.create(title='T')\n"
        "facts += [task.title, Tasks.__dict__['create'] is real, 'CreateTaskRequest' in dir(\n"
        "    inspect.getmodule(Tasks))]\n"
        "print(json.dumps(facts))"
    )
    assert seen == [True, True, True, "T", True, True]
