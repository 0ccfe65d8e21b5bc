"""Every answer the real upstream server gave goes through the SDK: 2xx bodies parse into the
method's return type, errors map to the right exception with the server's own message.

The recordings are data copied into the repository (tests/fixtures/upstream-examples, from
../shared/reference/upstream-examples) so this suite runs from a clone without ../shared; when
../shared is there, the copy must still equal it."""

from __future__ import annotations

import json
import types
import typing
from pathlib import Path
from typing import Any

import httpx2
import pytest

from openspawn import BikiniBottomClient, errors
from openspawn._core import errors as core_errors
from openspawn._generated import models as generated_models

from .spec_mock import route_for
from .test_wire_methods import CASES, SECRET

_MODELS = {name: getattr(generated_models, name) for name in generated_models.__all__}

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "upstream-examples"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference" / "upstream-examples"
RECORDINGS = sorted(p for p in FIXTURES.glob("*.json") if not p.name.startswith("_"))
# Recorded calls that no spec operation describes.
NOT_SPEC_OPERATIONS = {"unknown_route_404"}

STATUS_ERRORS: dict[int, type[Exception]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.UnprocessableEntityError,
    429: errors.RetryableError,
    500: errors.RetryableError,
}


def _case_for(operation_id: str) -> Any:
    for case in CASES:
        if route_for(case[2], case[3]).operation_id == operation_id:
            return case
    raise LookupError(operation_id)


def _method_for(case: Any, client: BikiniBottomClient) -> Any:
    resource, _, name = case[0].split("-")[0].partition(".")
    resource = {"dm": "direct_messages"}.get(resource, resource)
    return getattr(getattr(client, resource), name)


def _conforms(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if hint is type(None) or hint is None:
        return value is None
    if origin in (list,):
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_conforms(v, item) for v in value)
    if origin is tuple:
        args = typing.get_args(hint)
        return isinstance(value, tuple) and all(
            _conforms(v, a) for v, a in zip(value, args, strict=True)
        )
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a) for a in typing.get_args(hint))
    return isinstance(value, hint)


def test_recordings_are_there() -> None:
    assert len(RECORDINGS) >= 120, f"expected the recorded examples in {FIXTURES}"


def test_the_copy_equals_the_shared_recordings() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not there (a clone without ../shared)")
    shared = {p.name: p.read_bytes() for p in SHARED.glob("*.json")}
    copied = {p.name: p.read_bytes() for p in FIXTURES.glob("*.json")}
    assert sorted(copied) == sorted(shared)
    changed = sorted(name for name in shared if shared[name] != copied[name])
    assert not changed, f"tests/fixtures/upstream-examples differs from {SHARED}: {changed}"


def _check_error_mapping(response: dict[str, Any]) -> None:
    raw = json.dumps(response["body"]).encode()
    mapped = core_errors.error_for_status(response["status"], raw, {}, "", None)
    assert isinstance(mapped, STATUS_ERRORS[response["status"]])
    assert mapped.message == response["body"]["error"]


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_recorded_answer_through_the_sdk(path: Path) -> None:
    recording = json.loads(path.read_text(encoding="utf-8"))
    request, response = recording["request"], recording["response"]
    if path.stem in NOT_SPEC_OPERATIONS:
        with pytest.raises(LookupError):
            route_for(request["method"], request["path"])
        _check_error_mapping(response)
        return
    route = route_for(request["method"], request["path"])
    try:
        case = _case_for(route.operation_id)
    except LookupError:
        # An operation without a hand-written SDK method yet (its method comes from the
        # generated resource layer): the error mapping is still the user's experience.
        if response["status"] >= 400:
            _check_error_mapping(response)
        return
    status = response["status"]
    body = json.dumps(response["body"]).encode() if response.get("body") is not None else b""

    def answer(_: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, content=body, headers={"content-type": "application/json"})

    client = BikiniBottomClient(
        "http://upstream.test",
        agent_id="talent",
        secret=SECRET,
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
    )
    method = _method_for(case, client)
    # The resource modules import their models only for type checkers (they are loaded on first
    # use), so the names in the methods' annotations are looked up in the models package.
    hint = typing.get_type_hints(method, localns=_MODELS)["return"]
    if 200 <= status < 300 and not (
        route.operation_id == "getEvent" and response["body"]["data"] is None
    ):
        result = case[1](client)
        assert _conforms(result, hint), f"{route.operation_id} returned {result!r}, expected {hint}"
        return
    expected = STATUS_ERRORS.get(status, errors.NotFoundError if status == 200 else errors.APIError)
    if route.operation_id in core_errors.UNSUPPORTED_UPSTREAM:  # a route this server lacks
        expected = errors.UnsupportedOperationError
    with pytest.raises(expected) as info:
        case[1](client)
    error = info.value
    server_error = (
        (response["body"] or {}).get("error") if isinstance(response["body"], dict) else None
    )
    if isinstance(server_error, list):
        server_error = "; ".join(server_error)
    if server_error is not None:
        assert error.message.startswith(server_error) or server_error in error.message  # type: ignore[attr-defined]
    if isinstance(error, errors.APIError):
        assert error.status_code == (404 if status == 200 else status)
    if (
        status == 400
        and server_error
        and server_error.startswith(("Insufficient balance", "Budget limit"))
    ):
        assert isinstance(error, errors.InsufficientCreditsError)
