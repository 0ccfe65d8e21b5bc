"""The retry rule, on the wire: reads retry on the guide's list, mutating calls never on a 500."""

from __future__ import annotations

import pickle
import uuid

import httpx2
import pytest

from openspawn import (
    InternalServerError,
    RetryableError,
    RetryableServerError,
    RetryPolicy,
)
from openspawn._core.call import new_idempotency_key
from openspawn.models import TransferCreditsRequest

from .spec_mock import Recorder
from .wire import AGENT, async_client, error, sync_client

TRANSFER = TransferCreditsRequest(to_agent_id="worker", amount=100, reason="pay")


def test_a_500_to_a_mutating_call_is_not_retried_and_says_it_may_have_been_applied(
    slept: list[float],
) -> None:
    recorder = Recorder()
    recorder.queue = [error(500, "Internal server error")]
    client = sync_client(recorder)
    with pytest.raises(RetryableServerError) as info:
        client.credits.transfer(TRANSFER)
    err = info.value
    assert len(recorder.requests) == 1 and slept == []
    assert isinstance(err, InternalServerError) and isinstance(err, RetryableError)
    assert err.status_code == 500 and err.request_id == "req-9"
    assert err.headers["x-request-id"] == "req-9"
    assert err.may_have_been_applied is True
    assert err.idempotency_key == recorder.last.headers["idempotency-key"]
    assert "may have been applied" in str(err) and "not retried" in str(err)


def test_a_500_to_a_read_is_retried_as_the_guide_says(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(500), error(500)]
    sync_client(recorder).agents.get(AGENT)
    assert len(recorder.requests) == 3 and slept == [1.0, 2.0]


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_mutating_calls_retry_safe_statuses_with_one_key(status: int, slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(status), error(status)]
    sync_client(recorder).credits.transfer(TRANSFER)
    assert len(recorder.requests) == 3
    assert len({r.headers["idempotency-key"] for r in recorder.requests}) == 1


def test_exhausted_503_on_a_mutating_call_carries_the_key_to_complete_it(
    slept: list[float],
) -> None:
    recorder = Recorder()
    recorder.queue = [error(503)] * 4
    with pytest.raises(RetryableServerError) as info:
        sync_client(recorder).credits.transfer(TRANSFER)
    err = info.value
    assert err.attempts == 4 and err.status_code == 503
    assert err.idempotency_key == recorder.last.headers["x-idempotency-key"]
    assert err.idempotency_key is not None and err.idempotency_key in str(err)


def test_a_refused_connection_says_nothing_was_applied(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [httpx2.ConnectError("refused")] * 4
    with pytest.raises(RetryableError) as info:
        sync_client(recorder).credits.transfer(TRANSFER)
    assert info.value.may_have_been_applied is False
    assert info.value.status_code is None


def test_a_read_timeout_on_a_mutating_call_may_have_been_applied(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [httpx2.ReadTimeout("slow")] * 2
    with pytest.raises(RetryableError) as info:
        sync_client(recorder, max_retries=1).credits.transfer(TRANSFER)
    err = info.value
    assert err.may_have_been_applied is True and err.attempts == 2
    assert f"idempotency_key={err.idempotency_key!r}" in str(err)
    # The cause is an httpx2 error of the same kind, without the request's headers.
    assert isinstance(err.__cause__, httpx2.ReadTimeout)
    assert "authorization" not in err.__cause__.request.headers
    assert "x-signature" not in err.__cause__.request.headers


def test_reads_carry_no_key_and_never_claim_an_effect(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [httpx2.ReadTimeout("slow")] * 4
    with pytest.raises(RetryableError) as info:
        sync_client(recorder).agents.get(AGENT)
    assert info.value.idempotency_key is None
    assert info.value.may_have_been_applied is False


def test_policy_per_client_and_per_call(slept: list[float]) -> None:
    recorder = Recorder()
    fast = RetryPolicy(base_delay=0.01, max_delay=0.02)
    client = sync_client(recorder, retry_policy=fast)
    recorder.queue = [error(503)] * 3
    client.agents.get(AGENT)
    assert slept == [0.01, 0.02, 0.02]
    slept.clear()
    recorder.queue = [error(503)]
    client.agents.get(AGENT, retry_policy=RetryPolicy(base_delay=5, max_delay=5))
    assert slept == [5.0]
    recorder.queue = [error(503)]
    with pytest.raises(RetryableServerError):
        client.agents.get(AGENT, retry_policy=RetryPolicy(statuses=frozenset()))


def test_jitter_stays_within_its_share(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(503)] * 3
    sync_client(recorder, retry_policy=RetryPolicy(jitter=0.5)).agents.get(AGENT)
    for delay, base in zip(slept, [1.0, 2.0, 4.0], strict=True):
        assert base <= delay <= base * 1.5


def test_retry_after_can_be_ignored_by_the_policy(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(429, **{"retry-after": "7"})]
    sync_client(recorder, retry_policy=RetryPolicy(respect_retry_after=False)).agents.get(AGENT)
    assert slept == [1.0]


@pytest.mark.parametrize(
    "value", ["soon", "Mon, 99 Foo 2026 99:99:99 GMT", "nan", "-5", ", ,", "\x00"]
)
def test_a_malformed_retry_after_never_escapes(value: str, slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(503, **{"retry-after": value})]
    sync_client(recorder).agents.get(AGENT)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("value", ["1e999", "9" * 5000, "86400"])
def test_an_endless_retry_after_is_not_waited_for(value: str, slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(503, **{"retry-after": value})]
    with pytest.raises(RetryableServerError, match="asked to wait"):
        sync_client(recorder).agents.get(AGENT)
    assert slept == []


def test_the_policy_refuses_to_retry_a_500_to_a_mutating_call() -> None:
    with pytest.raises(ValueError, match="500"):
        RetryPolicy(mutating_statuses=frozenset({500, 503}))


@pytest.mark.parametrize(
    ("kwargs", "kind"),
    [
        ({"base_delay": "1"}, TypeError),
        ({"base_delay": -1}, ValueError),
        ({"max_delay": float("inf")}, ValueError),
        ({"base_delay": 5, "max_delay": 1}, ValueError),
        ({"statuses": "503"}, TypeError),
        ({"statuses": {200}}, ValueError),
        ({"jitter": True}, TypeError),
        ({"respect_retry_after": 1}, TypeError),
    ],
)
def test_policy_values_are_checked_up_front(kwargs: dict[str, object], kind: type) -> None:
    with pytest.raises(kind):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_policy_is_a_plain_value() -> None:
    policy = RetryPolicy(statuses={503}, base_delay=0.5)  # type: ignore[arg-type]
    assert policy.statuses == frozenset({503})
    assert pickle.loads(pickle.dumps(policy)) == policy
    assert RetryPolicy() == RetryPolicy()


@pytest.mark.parametrize(
    ("options", "kind"),
    [
        ({"max_retries": "3"}, TypeError),
        ({"max_retries": -1}, ValueError),
        ({"max_retries": True}, TypeError),
        ({"timeout": "5"}, TypeError),
        ({"timeout": 0}, ValueError),
        ({"timeout": float("nan")}, ValueError),
        ({"retry_policy": {"base_delay": 1}}, TypeError),
        ({"idempotency_key": 5}, TypeError),
        ({"idempotency_key": "not-a-uuid"}, ValueError),
        ({"extra_headers": {"X-A": "caf\u00e9"}}, ValueError),
        ({"extra_headers": {"X-A": "a\r\nb"}}, ValueError),
        ({"extra_headers": {"bad name": "x"}}, ValueError),
        ({"extra_headers": ["X-A"]}, TypeError),
        ({"max_retry": 0}, TypeError),
    ],
)
def test_bad_per_call_options_fail_before_sending(
    options: dict[str, object], kind: type[Exception]
) -> None:
    recorder = Recorder()
    with pytest.raises(kind):
        sync_client(recorder).credits.transfer(TRANSFER, **options)  # type: ignore[call-overload]
    assert recorder.requests == []


def test_generated_keys_are_uuid4_strings() -> None:
    keys = {new_idempotency_key() for _ in range(2000)}
    assert len(keys) == 2000
    for key in list(keys)[:200]:
        parsed = uuid.UUID(key)
        assert parsed.version == 4 and str(parsed) == key


async def test_async_500_to_a_mutating_call_is_not_retried(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(500)]
    async with async_client(recorder) as client:
        with pytest.raises(RetryableServerError) as info:
            await client.credits.transfer(TRANSFER)
    assert len(recorder.requests) == 1 and info.value.may_have_been_applied
