"""Record request/response pairs of the upstream-domains-B routes from a running upstream server
into tests/fixtures/upstream-recordings/ (same JSON format as upstream-examples).

    python tests/upstream/record_new_routes.py CREDS_FILE   # creds.json written by start.sh

Run against a freshly started server; the recordings are committed as test data.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import httpx2

from openspawn._core.signing import sign

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "upstream-recordings"


class Recorder:
    def __init__(self, creds: dict[str, Any]) -> None:
        self.base = str(creds["base_url"])
        self.agents = {a["agent_id"]: a for a in creds["agents"]}
        self.http = httpx2.Client(timeout=30)
        self.last_status = 0

    def status(self, method: str, path: str, body: Any = None, **kw: Any) -> tuple[int, Any]:
        """The status and parsed body of one signed request (nothing recorded)."""
        parsed = self.call(None, method, path, body, **kw)
        return self.last_status, parsed

    def call(
        self,
        name: str | None,
        method: str,
        path: str,
        body: Any = None,
        *,
        who: str = "talent",
        query: dict[str, str] | None = None,
    ) -> Any:
        full = "/api/v1" + path
        content = b""
        headers: dict[str, str] = {}
        if body is not None or method in ("POST", "PATCH"):
            content = json.dumps({} if body is None else body, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        agent = self.agents[who]
        timestamp, nonce = str(int(time.time())), os.urandom(16).hex()
        headers.update(
            {
                "X-Agent-Id": who,
                "X-Timestamp": timestamp,
                "X-Nonce": nonce,
                "X-Signature": sign(
                    bytes.fromhex(agent["secret"]), method, full, timestamp, nonce, content
                ),
            }
        )
        answer = self.http.request(
            method, self.base + full, content=content or None, headers=headers, params=query
        )
        parsed = answer.json()
        self.last_status = answer.status_code
        if name is not None:
            record = {
                "request": {
                    "method": method,
                    "path": full,
                    "query": query or {},
                    "auth": "hr" if agent.get("role") == "hr" else agent.get("role", "agent"),
                    "headers": headers,
                    "body": body,
                    "signed_message_note": f"METHOD+PATH+TS+NONCE+BODY with PATH={full}",
                },
                "response": {"status": answer.status_code, "body": parsed},
            }
            text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
            (OUT / f"{name}.json").write_text(text, encoding="utf-8")
        return parsed


def main(creds_path: str) -> None:
    creds = json.loads(Path(creds_path).read_text(encoding="utf-8"))
    r = Recorder(creds)
    OUT.mkdir(parents=True, exist_ok=True)
    worker = r.agents["worker-1"]["id"]
    unknown = "6fcc0618-2d4a-42f2-bb87-229582de683b"
    r.call("ping", "GET", "")
    r.call("getAgentReputation", "GET", f"/agents/{worker}/reputation")
    r.call("getAgentReputation-unknown_500", "GET", f"/agents/{unknown}/reputation")
    r.call(
        "awardReputationBonus",
        "POST",
        f"/agents/{worker}/reputation/bonus",
        {"reason": "Great release notes", "amount": 4},
    )
    r.call(
        "applyReputationPenalty",
        "POST",
        f"/agents/{worker}/reputation/penalty",
        {"reason": "Missed the acceptance criteria"},
    )
    r.call(
        "awardReputationBonus-not_allowed_500",
        "POST",
        f"/agents/{r.agents['talent']['id']}/reputation/bonus",
        {"reason": "x"},
        who="worker-1",
    )
    r.call(
        "listReputationHistory",
        "GET",
        f"/agents/{worker}/reputation/history",
        query={"limit": "5", "offset": "0"},
    )
    r.call("listReputationHistory-unknown_empty", "GET", f"/agents/{unknown}/reputation/history")
    r.call("getTrustLeaderboard", "GET", "/agents/leaderboard/trust", query={"limit": "5"})
    r.call("demoteAgent-hr_403", "POST", f"/agents/{worker}/demote", {"reason": "late"})
    r.call(
        None,
        "POST",
        "/credits/spend",
        {"amount": 30, "reason": "llm", "triggerType": "model.sonnet"},
        who="worker-1",
    )
    r.call(None, "PATCH", f"/agents/{worker}/budget", {"budgetPeriodLimit": 35})
    r.call("listBudgetAlerts", "GET", "/agents/budget/alerts")
    r.call("getCreditStats", "GET", "/credits/analytics/stats")
    r.call("getCreditTrends", "GET", "/credits/analytics/trends", query={"days": "7"})
    r.call("listAgentSpending", "GET", "/credits/analytics/agents")
    r.call(
        "getCreditTriggerBreakdown",
        "GET",
        "/credits/analytics/triggers",
        query={"type": "debit", "days": "30"},
    )
    r.call("listCreditAlerts", "GET", "/credits/analytics/alerts")
    r.call(
        "listTopSpenders",
        "GET",
        "/credits/analytics/top-spenders",
        query={"days": "7", "limit": "10"},
    )
    r.call(
        "getCreditTrends-bad_days_500", "GET", "/credits/analytics/trends", query={"days": "abc"}
    )
    template = {"name": "Release", "title": "Release {{version}}", "priority": "high"}
    r.call("createTaskTemplate-500", "POST", "/tasks/templates", template)
    r.call("createTaskTemplate-again_409", "POST", "/tasks/templates", template)
    r.call("listTaskTemplates-shadowed_500", "GET", "/tasks/templates")
    r.call("getTaskTemplate-404", "GET", "/tasks/templates/tmpl_1796152000000_k3x9q2")
    r.call("deleteTaskTemplate-404", "DELETE", "/tasks/templates/tmpl_1796152000000_k3x9q2")
    r.call(
        "instantiateTaskTemplate-404",
        "POST",
        "/tasks/templates/instantiate",
        {"templateId": "tmpl_1796152000000_k3x9q2"},
    )
    task = r.call(None, "POST", "/tasks", {"title": "Weekly report"})["data"]
    r.call(
        "createTaskTemplateFromTask-500",
        "POST",
        f"/tasks/{task['id']}/create-template",
        {"name": "Weekly"},
    )


if __name__ == "__main__":
    main(sys.argv[1])
