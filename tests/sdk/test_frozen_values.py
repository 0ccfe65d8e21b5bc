"""The value classes written out instead of frozen dataclasses behave as those dataclasses did.

``RetryPolicy``, ``ClientConfig``, ``CapturedResponse``, ``RequestInfo`` and ``RawResponse`` were
``@dataclass(frozen=True, slots=True)``; they are plain slotted classes now (``_core/frozen.py``,
because creating a dataclass costs a fresh process ~4 M instructions each). Each test builds the
old dataclass next to the new class and compares what a user sees: the constructor's signature,
repr, equality, hash, immutability (the same exception and message), ``__match_args__``, pickling
(including loading the old dataclass's pickled state) and ``replace``.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections.abc import Mapping
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any, Generic, TypeVar

import httpx2
import pytest

from openspawn import CapturedResponse, RawResponse, RequestInfo, RetryPolicy
from openspawn._core.config import ClientConfig, resolve_config
from openspawn._core.frozen import Frozen
from openspawn._core.retry import (
    DEFAULT_RETRY_POLICY,
    MAX_RETRY_AFTER,
    RETRYABLE_STATUSES,
    SAFE_MUTATING_STATUSES,
)

T = TypeVar("T")
SECRET = "ab" * 32


# --- the old definitions, as they were --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OldRetryPolicy:
    statuses: frozenset[int] = field(default=RETRYABLE_STATUSES)
    mutating_statuses: frozenset[int] = field(default=SAFE_MUTATING_STATUSES - {425})
    base_delay: float = 1.0
    max_delay: float = 32.0
    jitter: float = 0.0
    respect_retry_after: bool = True
    max_retry_after: float = MAX_RETRY_AFTER


@dataclass(frozen=True, slots=True)
class OldCapturedResponse:
    operation_id: str
    method: str
    url: str
    status_code: int
    headers: httpx2.Headers
    content: bytes = field(repr=False)
    attempt: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class OldRequestInfo:
    method: str
    url: str


@dataclass(frozen=True, slots=True)
class OldRawResponse(Generic[T]):
    _answer: Any = field(repr=False)
    _result: T = field(repr=False)
    retries_taken: int


@dataclass(frozen=True, slots=True)
class OldClientConfig:
    base_url: str
    credentials: Any = field(repr=False)
    timeout: Any
    max_retries: int
    user_agent: str = "ua"
    default_headers: Mapping[str, str] = field(default_factory=dict)
    retry_policy: Any = DEFAULT_RETRY_POLICY
    default_query: Mapping[str, str] = field(default_factory=dict)
    header_templates: tuple[Any, ...] = field(init=False, repr=False, compare=False, default=())
    idempotency_slots: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())


def _answer(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "operation_id": "getAgent",
        "method": "GET",
        "url": "http://bb.test/api/v1/agents/x?a=1",
        "status_code": 200,
        "headers": httpx2.Headers({"x-request-id": "req-1"}),
        "content": b'{"secret-looking": "body"}',
        "attempt": 1,
        "elapsed": 0.25,
    }
    return {**values, **changes}


def _config() -> ClientConfig:
    return resolve_config(
        base_url="http://bb.test",
        api_key=None,
        agent_id="research-lead",
        secret=SECRET,
        timeout=5.0,
        max_retries=2,
        default_headers={"X-Team": "blue"},
        env={},
    )


# (new class, old dataclass, keyword arguments for both)
CASES = [
    (RetryPolicy, OldRetryPolicy, {}),
    (RetryPolicy, OldRetryPolicy, {"statuses": frozenset({503}), "base_delay": 0.5, "jitter": 1}),
    (CapturedResponse, OldCapturedResponse, _answer()),
    (RequestInfo, OldRequestInfo, {"method": "POST", "url": "http://bb.test/api/v1/tasks"}),
    (
        RawResponse,
        OldRawResponse,
        {"_answer": CapturedResponse(**_answer()), "_result": 7, "retries_taken": 2},
    ),
]
IDS = ["policy-default", "policy", "captured", "request-info", "raw"]


def _values(value: Any) -> list[Any]:
    """The constructor's arguments that give ``value`` again (after its own checks)."""
    return [getattr(value, name) for name in value.__match_args__]


def _old(old: type[Any], value: Any) -> Any:
    return old(*_values(value))


def _other(value: Any) -> Any:
    """A different value of the same kind (and one the constructor accepts)."""
    if isinstance(value, bool):
        return not value
    return value * 2 + 1 if isinstance(value, int | float) else f"{value}-other"


def _repr_body(value: object) -> str:
    return repr(value).split("(", 1)[1] if "(" in repr(value) else repr(value)


@pytest.mark.parametrize(("new", "old", "kwargs"), CASES, ids=IDS)
def test_constructor_signature_and_match_args_are_the_dataclass_ones(
    new: type[Any], old: type[Any], kwargs: dict[str, Any]
) -> None:
    ours, theirs = inspect.signature(new), inspect.signature(old)
    assert list(ours.parameters) == list(theirs.parameters)
    for name, parameter in ours.parameters.items():
        assert parameter.kind == theirs.parameters[name].kind
        assert parameter.default == theirs.parameters[name].default
    assert new.__match_args__ == old.__match_args__
    value = new(**kwargs)
    assert new(*_values(value)) == value  # positionally too


@pytest.mark.parametrize(("new", "old", "kwargs"), CASES, ids=IDS)
def test_repr_equality_and_hash_are_the_dataclass_ones(
    new: type[Any], old: type[Any], kwargs: dict[str, Any]
) -> None:
    ours = new(**kwargs)
    theirs = _old(old, ours)
    if new is not RawResponse:  # which has a repr of its own, unchanged
        assert repr(ours) == f"{new.__qualname__}({_repr_body(theirs)}"
    assert ours == new(**kwargs)
    assert not ours.__ne__(new(**kwargs))
    assert ours != theirs and ours != object()
    for index, name in enumerate(new.__match_args__):
        if name not in ("headers", "_answer", "statuses", "mutating_statuses"):
            changed = _values(ours)
            changed[index] = _other(changed[index])
            assert ours != new(*changed)
    try:
        expected = hash(theirs)
    except TypeError:  # httpx2.Headers is not hashable: neither is an answer holding it
        with pytest.raises(TypeError):
            hash(ours)
    else:
        assert hash(ours) == expected == hash(new(**kwargs))


@pytest.mark.parametrize(("new", "old", "kwargs"), CASES, ids=IDS)
def test_assigning_or_deleting_raises_frozen_instance_error_as_before(
    new: type[Any], old: type[Any], kwargs: dict[str, Any]
) -> None:
    ours = new(**kwargs)
    theirs = _old(old, ours)
    for name in new.__match_args__:
        for action in (setattr, delattr):
            arguments = (name, 1) if action is setattr else (name,)
            with pytest.raises(FrozenInstanceError) as mine:
                action(ours, *arguments)
            with pytest.raises(FrozenInstanceError) as before:
                action(theirs, *arguments)
            assert str(mine.value) == str(before.value)
            assert isinstance(mine.value, AttributeError)
    # Another name: the slotted dataclass (3.11) raised a TypeError from its own __setattr__
    # here (a CPython bug); it is the same FrozenInstanceError now.
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'not_a_field'"):
        ours.not_a_field = 1
    with pytest.raises(FrozenInstanceError, match="cannot delete field 'not_a_field'"):
        del ours.not_a_field
    assert not hasattr(ours, "__dict__")


@pytest.mark.parametrize(("new", "old", "kwargs"), CASES[:4], ids=IDS[:4])
def test_pickles_round_trip_and_old_pickled_state_loads(
    new: type[Any], old: type[Any], kwargs: dict[str, Any]
) -> None:
    ours = new(**kwargs)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(ours, protocol)) == ours
    assert copy.copy(ours) == ours and copy.deepcopy(ours) == ours
    # A pickle the dataclass made carries its state as the list of field values.
    state = _old(old, ours).__getstate__()
    assert ours.__getstate__() == state
    loaded = object.__new__(new)
    loaded.__setstate__(state)
    assert loaded == ours


def test_a_raw_response_pickles_with_its_answer_and_result() -> None:
    raw = RawResponse(CapturedResponse(**_answer()), [1, 2], retries_taken=0)
    again = pickle.loads(pickle.dumps(raw))
    assert again == raw and again.parse() == [1, 2] and again.request_id == "req-1"


def test_replace_builds_a_checked_copy() -> None:
    policy = RetryPolicy(base_delay=0.5)
    changed = policy.__replace__(jitter=0.25)  # copy.replace(policy, jitter=0.25) on 3.13+
    assert changed == RetryPolicy(base_delay=0.5, jitter=0.25) and policy.jitter == 0.0
    with pytest.raises(ValueError, match="500"):
        policy.__replace__(mutating_statuses=frozenset({500}))
    with pytest.raises(TypeError):
        policy.__replace__(no_such_field=1)
    with pytest.raises(ValueError, match="init=False"):
        _config().__replace__(header_templates=())
    if hasattr(copy, "replace"):  # Python 3.13+
        assert getattr(copy, "replace")(policy, jitter=0.25) == changed  # noqa: B009


def test_the_policy_is_not_a_dataclass_any_more_but_reads_like_one() -> None:
    assert not dataclasses.is_dataclass(RetryPolicy)
    assert {n: getattr(DEFAULT_RETRY_POLICY, n) for n in RetryPolicy.__match_args__} == (
        dataclasses.asdict(OldRetryPolicy())
    )


def test_client_config_keeps_the_dataclass_repr_without_credentials_and_compares_alike() -> None:
    config = _config()
    init = {n: getattr(config, n) for n in ClientConfig.__match_args__}
    old = OldClientConfig(**init)
    assert repr(config) == f"ClientConfig({_repr_body(old)}"
    assert SECRET not in repr(config) and "credentials" not in repr(config)
    assert config == ClientConfig(**init) and config != OldClientConfig(**init)
    assert config.header_templates and config.idempotency_slots  # built by the constructor
    with pytest.raises(TypeError):
        hash(config)  # it holds dicts, as the dataclass did
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'base_url'"):
        config.base_url = "http://elsewhere"  # type: ignore[misc]
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(config)


def test_a_subclass_may_have_attributes_of_its_own_but_not_change_fields() -> None:
    class Tagged(RetryPolicy):
        pass

    tagged = Tagged(jitter=0.5)
    tagged.note = "mine"  # type: ignore[attr-defined]
    assert tagged.note == "mine"  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        tagged.jitter = 1.0  # type: ignore[misc]
    assert tagged != RetryPolicy(jitter=0.5)  # compared by class, as a dataclass is
    assert issubclass(RetryPolicy, Frozen)
