"""Record real request/response pairs of the routing, escalation and consensus routes.

    ../shared/upstream/start.sh 38100
    .venv/bin/python scripts/record_upstream_domains_a.py \
        /tmp/bikinibottom-upstream/run-38100/creds.json

Signs every request as the seeded HR agent ``talent`` (and, where a second voter is needed, the
seeded ``worker-1``), using the independent signer of tests/devserver/dsutil.py, against a
freshly started upstream server (start.sh seeds it). Writes one JSON file per exchange into
tests/fixtures/upstream-recordings/scenario/, in the format of
../shared/reference/upstream-examples/.
The encrypted HMAC secrets that upstream embeds in agents (``hmacSecretEnc``) are replaced by
the string "[redacted]" before anything is written.

tests/devserver/test_upstream_recordings.py replays the same requests against the dev server.
Setup steps (unnamed in the scenario) make the ids that later steps use; they are not written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.devserver.dsutil import API, Agent, Api  # noqa: E402
from tests.devserver.upstream_scenario import SCENARIO, Step  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "upstream-recordings" / "scenario"


def redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: "[redacted]" if k == "hmacSecretEnc" else redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def main(creds_path: str) -> int:
    creds = json.loads(Path(creds_path).read_text())
    agents = {
        a["agent_id"]: Agent(a["id"], a["agent_id"], a["secret"], a["role"], a["level"])
        for a in creds["agents"]
    }
    api = Api(creds["base_url"], creds["api_key"])
    OUT.mkdir(parents=True, exist_ok=True)
    ids: dict[str, str] = {"hr": agents["talent"].id, "worker": agents["worker-1"].id}
    try:
        for step in SCENARIO:
            record(api, agents, ids, step)
    finally:
        api.close()
    return 0


def record(api: Api, agents: dict[str, Agent], ids: dict[str, str], step: Step) -> None:
    signer = agents["talent"] if step.as_ == "hr" else agents["worker-1"]
    path = API + step.path.format(**ids)
    body = step.body_for(ids)
    kwargs: dict[str, Any] = {"as_": signer, "params": step.query or None}
    if body is not None:
        kwargs["json"] = body
    response = api.call(step.method, path, **kwargs)
    data = response.json()
    if step.save is not None:
        for name, pointer in step.save.items():
            value: Any = data
            for part in pointer.split("."):
                value = value[int(part)] if part.isdigit() else value[part]
            ids[name] = str(value)
    if step.name is None:
        return
    headers = {
        k: v
        for k, v in response.request.headers.items()
        if k.lower() in ("content-type", "x-agent-id", "x-timestamp", "x-nonce", "x-signature")
    }
    exchange = {
        "request": {
            "method": step.method,
            "path": path,
            "query": step.query,
            "auth": step.as_,
            "headers": headers,
            "body": body,
            "signed_message_note": f"METHOD+PATH+TS+NONCE+BODY with PATH={path}",
        },
        "response": {"status": response.status_code, "body": redact(data)},
    }
    (OUT / f"{step.name}.json").write_text(
        json.dumps(exchange, indent=2, ensure_ascii=False) + "\n"
    )
    print(f"{step.name}: {step.method} {path} -> {response.status_code}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
