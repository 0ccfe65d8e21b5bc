"""Auto-pagination that ends and never repeats while the list grows, walks again, pages by 500."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from openspawn import BikiniBottomClient, BikiniBottomError, Paginator
from openspawn.devserver import DevServer
from openspawn.models import CreateTaskRequest

from .wire import SECRET


class GrowingLog:
    """A newest-first list served by page number (events) or offset (ledger) that grows
    by ``growth`` new entries every time a page is served, as busy writers would make it."""

    def __init__(self, size: int, growth: int, kind: str) -> None:
        self.kind = kind
        self.entries = [self._entry(i) for i in reversed(range(size))]
        self.next_id = size
        self.growth = growth
        self.requests: list[dict[str, str]] = []

    def _entry(self, n: int) -> dict[str, Any]:
        common = {"id": f"e{n}", "type": "debit", "createdAt": "2026-11-25T10:00:00.000Z"}
        if self.kind == "events":
            return {**common, "severity": "info"}
        return {**common, "agentId": "a", "amount": 1, "balanceAfter": 1, "reason": f"r{n}"}

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        params = dict(request.url.params)
        self.requests.append(params)
        limit = int(params["limit"])
        if self.kind == "events":
            offset = (int(params.get("page", "1")) - 1) * limit
        else:
            offset = int(params.get("offset", "0"))
        page = self.entries[offset : offset + limit]
        meta = {"total": len(self.entries), "limit": limit, "offset": offset}
        meta["page"] = offset // limit + 1
        body = {"data": page, "meta": meta}
        for _ in range(self.growth):  # writers add entries after this page was read
            self.entries.insert(0, self._entry(self.next_id))
            self.next_id += 1
        return httpx2.Response(200, content=json.dumps(body).encode())


def client_for(handler: Any) -> BikiniBottomClient:
    return BikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )


def walk(client: BikiniBottomClient, kind: str, page_size: int) -> Paginator[Any]:
    if kind == "events":
        return client.events.iter_events(page_size=page_size)
    return client.credits.iter_history(page_size=page_size)


@pytest.mark.parametrize("kind", ["events", "history"])
@pytest.mark.parametrize(
    ("size", "growth", "page_size"), [(23, 3, 5), (50, 7, 10), (9, 3, 4), (30, 9, 10), (12, 0, 5)]
)
def test_a_growing_list_is_walked_once_without_repeats(
    kind: str, size: int, growth: int, page_size: int
) -> None:
    log = GrowingLog(size, growth, kind)
    original = [e["id"] for e in log.entries]
    seen = [item.id for item in walk(client_for(log), kind, page_size)]
    assert seen == original  # every entry that existed, once, newest first; nothing new
    assert len(log.requests) <= size + 2  # each request moves the walk on


@pytest.mark.parametrize("kind", ["events", "history"])
def test_a_list_growing_faster_than_a_page_per_request_ends_with_a_clear_error(kind: str) -> None:
    log = GrowingLog(9, 40, kind)
    with pytest.raises(BikiniBottomError, match="grew by more than a page"):
        list(walk(client_for(log), kind, 4))
    assert len(log.requests) <= 5


@pytest.mark.parametrize("kind", ["events", "history"])
def test_iterating_twice_fetches_twice(kind: str) -> None:
    log = GrowingLog(7, 0, kind)
    paginator = walk(client_for(log), kind, 3)
    first = [item.id for item in paginator]
    second = [item.id for item in paginator]
    assert first == second and len(first) == 7
    assert len(log.requests) == 6


def test_pages_say_whether_another_follows() -> None:
    log = GrowingLog(7, 0, "events")
    pages = list(walk(client_for(log), "events", 3).iter_pages())
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [p.has_next_page for p in pages] == [True, True, False]
    assert pages[0].total == 7


def test_five_thousand_events_take_ten_requests_by_default() -> None:
    log = GrowingLog(5000, 0, "events")
    assert sum(1 for _ in client_for(log).events.iter_events()) == 5000
    assert len(log.requests) == 10
    assert {r["limit"] for r in log.requests} == {"500"}


@pytest.mark.parametrize("page_size", [0, -1, "10", 2.5, True])
def test_bad_page_sizes_are_refused_at_once(page_size: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        client_for(GrowingLog(1, 0, "events")).events.iter_events(page_size=page_size)


def test_a_one_shot_paginator_refuses_a_second_walk() -> None:
    pages = iter([[1, 2], None])
    paginator: Paginator[int] = Paginator(lambda: next(pages))
    assert list(paginator) == [1, 2]
    with pytest.raises(BikiniBottomError, match="already iterated"):
        list(paginator)


def test_events_logged_while_iterating_the_real_server(tmp_path: Any) -> None:
    with DevServer() as server:
        hr = next(a for a in server.agents if a["role"] == "hr")
        with BikiniBottomClient(
            server.base_url, agent_id=hr["agent_id"], secret=hr["secret"]
        ) as client:
            for i in range(12):
                client.tasks.create(CreateTaskRequest(title=f"seed {i}"))
            _, meta = client.events.list(limit=1)
            ids = []
            for event in client.events.iter_events(page_size=5):
                ids.append(event.id)
                client.tasks.create(CreateTaskRequest(title=f"during {len(ids)}"))
            assert len(ids) == len(set(ids)) == meta.total
