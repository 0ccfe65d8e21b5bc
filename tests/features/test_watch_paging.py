"""The watch against a scripted audit log (httpx2.MockTransport): page drift, late commits, ties."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx2
import pytest

from openspawn import BikiniBottomClient
from openspawn._core import io
from openspawn._core.watching import EventCursor

SECRET = "ab" * 32
T0 = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class FakeLog:
    """GET /api/v1/events over a list of events, newest first, as the server pages it."""

    def __init__(self) -> None:
        self.events: list[dict[str, object]] = []  # oldest first
        self.on_request: Callable[[FakeLog, dict[str, str]], None] = lambda log, query: None
        self.requests = 0

    def add(self, moment: datetime, label: str) -> str:
        event_id = str(uuid.uuid4())
        self.events.append(
            {
                "id": event_id,
                "type": "task.created",
                "severity": "info",
                "entityType": "task",
                "data": {"label": label},
                "createdAt": _iso(moment),
                "message": label,
            }
        )
        return event_id

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests += 1
        query = dict(request.url.params)
        self.on_request(self, query)
        rows = sorted(self.events, key=lambda e: str(e["createdAt"]), reverse=True)  # stable
        if "startDate" in query:
            start = _parse(query["startDate"])
            rows = [e for e in rows if _parse(str(e["createdAt"])) >= start]
        page, limit = int(query.get("page", 1)), int(query.get("limit", 50))
        chunk = rows[(page - 1) * limit : page * limit]
        body = {"data": chunk, "meta": {"total": len(rows), "page": page, "limit": limit}}
        return httpx2.Response(200, content=json.dumps(body).encode())


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(io, "sync_sleep", lambda seconds: None)


def _client(log: FakeLog) -> BikiniBottomClient:
    return BikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.Client(transport=httpx2.MockTransport(log)),
    )


def test_events_shifting_pages_during_a_poll_come_once_each() -> None:
    log = FakeLog()
    expected = [log.add(T0 + timedelta(milliseconds=i), f"old {i}") for i in range(10)]
    counter = iter(range(1000))

    def drift(log: FakeLog, query: dict[str, str]) -> None:
        # Every request for a later page finds a new event on top: everything shifts down.
        if int(query.get("page", 1)) > 1:
            n = next(counter)
            expected.append(log.add(T0 + timedelta(seconds=1, milliseconds=n), f"new {n}"))

    log.on_request = drift
    with _client(log) as client:
        watch = client.events.watch(since=T0, page_size=3, max_events=25)
        seen = [str(e.id) for e in watch]
    assert len(seen) == len(set(seen)) == 25
    assert seen == expected[:25]  # oldest first, none skipped


def test_an_event_committed_late_within_the_overlap_is_still_seen() -> None:
    log = FakeLog()
    first = log.add(T0, "first")
    newest = log.add(T0 + timedelta(seconds=5), "newest")
    late: list[str] = []

    def commit_late(log: FakeLog, query: dict[str, str]) -> None:
        if log.requests == 3 and not late:  # after the first poll has read up to `newest`
            late.append(log.add(T0 + timedelta(seconds=4), "late by a second"))

    log.on_request = commit_late
    with _client(log) as client:
        seen = [str(e.id) for e in client.events.watch(since=T0, overlap=2.0, max_events=3)]
    assert seen == [first, newest, late[0]]


def test_from_now_skips_everything_before_the_start() -> None:
    log = FakeLog()
    for i in range(7):
        log.add(T0, f"same instant {i}")  # ties at the starting point
    with _client(log) as client:
        watch = client.events.watch(page_size=2)
        watch.start()
        after = log.add(T0 + timedelta(milliseconds=1), "after")
        event = next(watch)
    assert str(event.id) == after


def test_the_idle_watch_backs_off_and_its_timeout_ends_it(monkeypatch: pytest.MonkeyPatch) -> None:
    delays: list[float] = []
    clock = [0.0]

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr(io, "sync_sleep", fake_sleep)
    import openspawn._sync.watch as watch_module

    monkeypatch.setattr(watch_module.time, "monotonic", lambda: clock[0])
    log = FakeLog()
    with _client(log) as client:
        watch = client.events.watch(timeout=10, poll_interval=0.5, max_poll_interval=2)
        assert list(watch) == []
    assert watch.timed_out
    assert delays[:4] == pytest.approx([0.5, 0.8, 1.28, 2.0])
    assert max(delays) == 2.0
    assert sum(delays) == pytest.approx(10)  # the last wait is cut to the deadline


def test_cursor_forgets_ids_only_behind_the_overlap() -> None:
    class E:
        def __init__(self, key: str, at: datetime) -> None:
            self.id, self.created_at = key, at

    cursor = EventCursor(None, overlap=1.0)
    assert cursor.query_start() is None
    a, b = E("a", T0), E("b", T0 + timedelta(seconds=5))
    assert [e.id for e in cursor.accept([b, a])] == ["a", "b"]
    assert cursor.query_start() == T0 + timedelta(seconds=4)
    assert cursor.accept([b]) == []  # still remembered
    c = E("c", T0 + timedelta(seconds=4, milliseconds=500))
    assert [e.id for e in cursor.accept([b, c])] == ["c"]
