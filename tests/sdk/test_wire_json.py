"""The bytes the SDK sends are what the server's JSON.stringify re-serialises them to."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import math
import random
import shutil
import struct
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openspawn._core.signing import sign
from openspawn._core.wirejson import (
    MAX_DEPTH,
    MAX_SAFE_INTEGER,
    dumps,
    exact_dumps,
    fast_dumps,
    js_number,
)
from openspawn.models import CreateTaskRequest

from .conftest import ORACLE, NodeOracle

KEY = "0123456789abcdef" * 4
PREFIX = "POST/api/v1/tasks" + "1700000000" + "ab" * 32

safe_integers = st.integers(min_value=-MAX_SAFE_INTEGER, max_value=MAX_SAFE_INTEGER)
plain_keys = st.text(max_size=8).filter(lambda k: not k[:1].isdigit())


def _values(leaves: st.SearchStrategy[Any], keys: st.SearchStrategy[str]) -> Any:
    return st.recursive(
        leaves,
        lambda children: (
            st.lists(children, max_size=5)
            | st.lists(children, max_size=3).map(tuple)
            | st.dictionaries(keys, children, max_size=6)
        ),
        max_leaves=25,
    )


# Everything the exact encoder accepts, floats and digit-led keys included.
json_values = _values(
    st.none()
    | st.booleans()
    | safe_integers
    | st.sampled_from([MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER, 2**31, -(2**32)])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    st.text(max_size=8)
    | st.integers(0, 2**33).map(str)
    | st.sampled_from(["01", "-1", "1.5", "4294967294", "4294967295"]),
)
# Bodies inside the fast path's domain: no floats, no digit-led keys.
fast_values = _values(st.none() | st.booleans() | safe_integers | st.text(), plain_keys)


def _server_agrees(oracle: NodeOracle, sent: bytes) -> None:
    server_body, server_signature = oracle.server_view(sent, KEY, PREFIX)
    assert sent == server_body
    ours = sign(bytes.fromhex(KEY), "POST", "/api/v1/tasks", "1700000000", "ab" * 32, sent)
    assert ours == server_signature


@settings(max_examples=400, deadline=None)
@given(body=json_values)
def test_sent_bytes_are_a_fixed_point_of_node_and_signature_matches(
    node_oracle: NodeOracle, body: Any
) -> None:
    _server_agrees(node_oracle, dumps(body))


@settings(max_examples=300, deadline=None)
@given(body=fast_values)
def test_fast_path_bytes_are_a_fixed_point_of_node(node_oracle: NodeOracle, body: Any) -> None:
    sent = fast_dumps(body)
    assert sent is not None, "every body of this strategy lies in the fast path's domain"
    _server_agrees(node_oracle, sent)


@settings(max_examples=300, deadline=None)
@given(body=json_values | fast_values)
def test_fast_path_equals_the_exact_encoder_whenever_it_applies(body: Any) -> None:
    fast = fast_dumps(body)
    exact = exact_dumps(body)
    assert dumps(body) == exact
    if fast is not None:
        assert fast == exact


# --- 10,000 random bodies, both paths, against one Node process fed in batches --------------

_WORDS = ["id", "name", "title", "metadata", "tags", "", "__proto__", "é", "a b", 'q"uote']
_DIGIT_KEYS = ["0", "1", "7", "10", "01", "42x", "4294967294", "4294967295", "9" * 12]
_STRINGS = [
    "",
    "plain ascii",
    'quote " and back\\slash',
    "controls \x00\x01\x08\t\n\x0b\x0c\r\x1f\x7f",
    "café ✓ 日本語",
    "emoji 😀 🧑\u200d🚀",
    "line sep \u2028 para sep \u2029",
    "\ufeffbom \uffff",
    "</script>",
]


def _random_float(rng: random.Random) -> float:
    while True:
        choice = rng.random()
        if choice < 0.5:
            value: float = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        elif choice < 0.75:
            value = rng.choice([0.1, 1.0, -0.0, 1e21, 1e-7, 1e16, 5e-324, 123.456, 1.5e300])
        else:
            value = round(rng.uniform(-1e6, 1e6), rng.randint(0, 6))
        if math.isfinite(value):
            return value


def _random_string(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(_STRINGS)
    alphabet = 'abc"\\\n\x00é✓😀\u2028日'
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def _random_value(rng: random.Random, depth: int, exotic: bool) -> Any:
    roll = rng.random()
    if depth < 4 and roll < 0.3:
        items = [_random_value(rng, depth + 1, exotic) for _ in range(rng.randint(0, 4))]
        return tuple(items) if rng.random() < 0.2 else items
    if depth < 4 and roll < 0.6:
        out: dict[str, Any] = {}
        for _ in range(rng.randint(0, 5)):
            keys = _WORDS + _DIGIT_KEYS if exotic else _WORDS
            key = rng.choice(keys) + (str(rng.randint(0, 9)) if rng.random() < 0.3 else "")
            out[key] = _random_value(rng, depth + 1, exotic)
        return out
    leaf = rng.random()
    if leaf < 0.1:
        return None
    if leaf < 0.2:
        return rng.random() < 0.5
    if leaf < 0.45:
        return rng.choice(
            [0, 1, -1, MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER, rng.randint(-(10**9), 10**9)]
        )
    if leaf < 0.6 and exotic:
        return _random_float(rng)
    return _random_string(rng)


class _BatchOracle:
    """node_oracle.js driven a batch of lines at a time (Node buffers its answers meanwhile)."""

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("node is required for these tests (it is the server's runtime)")
        self._proc = subprocess.Popen(
            [node, str(ORACLE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def server_views(self, bodies: list[bytes]) -> list[tuple[bytes, str]]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        prefix = base64.b64encode(PREFIX.encode()).decode()
        lines = [f"{base64.b64encode(body).decode()} {KEY} {prefix}\n" for body in bodies]
        self._proc.stdin.write("".join(lines))
        self._proc.stdin.flush()
        answers = []
        for _ in bodies:
            answer = self._proc.stdout.readline().split()
            assert answer[0] != "ERROR", base64.b64decode(answer[1]).decode()
            answers.append((base64.b64decode(answer[0]), answer[1]))
        return answers

    def close(self) -> None:
        self._proc.kill()
        self._proc.wait()


@pytest.fixture
def batch_oracle() -> Iterator[_BatchOracle]:
    oracle = _BatchOracle()
    yield oracle
    oracle.close()


def test_ten_thousand_random_bodies_match_node_on_both_paths(batch_oracle: _BatchOracle) -> None:
    rng = random.Random(20261201)
    key = bytes.fromhex(KEY)
    took_fast = took_exact = 0
    for _ in range(20):
        bodies = []
        for i in range(500):
            body = _random_value(rng, 0, exotic=i % 2 == 1)
            fast = fast_dumps(body)
            exact = exact_dumps(body)
            if fast is None:
                took_exact += 1
            else:
                took_fast += 1
                assert fast == exact, body
            assert dumps(body) == exact
            bodies.append(exact)
        for sent, (server_body, server_signature) in zip(
            bodies, batch_oracle.server_views(bodies), strict=True
        ):
            assert sent == server_body
            assert sign(key, "POST", "/api/v1/tasks", "1700000000", "ab" * 32, sent) == (
                server_signature
            )
    # Both paths were exercised in earnest.
    assert took_fast > 4000 and took_exact > 2000, (took_fast, took_exact)


# --- fixed cases ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.0, "1"),
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (1e16, "10000000000000000"),
        (-0.0, "0"),
        (0.000001, "0.000001"),
        (123.456, "123.456"),
        (5e-324, "5e-324"),
    ],
)
def test_numbers_print_as_ecmascript_does(value: float, expected: str) -> None:
    assert js_number(value) == expected


def test_key_order_follows_javascript() -> None:
    assert dumps({"b": 1, "2": 2, "1": 3, "01": 4}) == b'{"1":3,"2":2,"b":1,"01":4}'


def test_unicode_is_raw_utf8_and_compact() -> None:
    assert dumps({"body": "café ✓", "n": [1, 2]}) == '{"body":"café ✓","n":[1,2]}'.encode()


@pytest.mark.parametrize(
    ("body", "fast"),
    [
        ({"title": "t", "n": 3, "tags": ["a"], "meta": {"x": None, "y": True}}, True),
        ((1, "two"), True),
        ({"price": 1.5}, False),  # a float
        ({"1": "a"}, False),  # an array-index key
        ({"1st": "a"}, False),  # digit-led: not an index, but left to the exact encoder
        ({"n": MAX_SAFE_INTEGER + 1}, False),  # beyond the safe range: refused below
    ],
)
def test_fast_path_applies_only_where_json_dumps_is_provably_exact(body: Any, fast: bool) -> None:
    assert (fast_dumps(body) is not None) is fast


def test_subclasses_take_the_exact_path_and_print_their_value() -> None:
    class Level(enum.IntEnum):
        HIGH = 5

    class Name(str):
        pass

    body = {"level": Level.HIGH, "name": Name("x")}
    assert fast_dumps(body) is None
    assert dumps(body) == b'{"level":5,"name":"x"}'


def test_the_largest_safe_integers_are_sent_as_they_are() -> None:
    body = [MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER]
    assert dumps(body) == b"[9007199254740991,-9007199254740991]"


@pytest.mark.parametrize(
    "big",
    [MAX_SAFE_INTEGER + 1, -(2**53), 2**64, 10**5000],
    ids=["2**53", "-2**53", "2**64", "10**5000"],
)
def test_integers_javascript_would_round_are_refused(big: int) -> None:
    with pytest.raises(ValueError, match=r"body\['amount'\]\[1\]: integer .* beyond JavaScript"):
        dumps({"amount": [1, big]})


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused(bad: float) -> None:
    with pytest.raises(ValueError, match=r"body\['x'\]: .* cannot be sent as JSON"):
        dumps({"x": bad})


@pytest.mark.parametrize(
    ("text", "code"),
    [("a\ud800b", "D800"), ("\udfff", "DFFF"), ("two code points \ud83d\ude00", "D83D")],
)
def test_strings_with_surrogates_are_refused(text: str, code: str) -> None:
    with pytest.raises(ValueError, match=rf"body\['s'\]: .*surrogate code point U\+{code}") as e:
        dumps({"s": text})
    assert e.value.__cause__ is None and e.value.__suppress_context__  # the text stays out
    with pytest.raises(ValueError, match="surrogate"):
        dumps({text: 1})


def test_a_real_non_bmp_character_is_sent_as_utf8(node_oracle: NodeOracle) -> None:
    sent = dumps({"s": "\U0001f600"})
    assert sent == '{"s":"😀"}'.encode()
    _server_agrees(node_oracle, sent)


@pytest.mark.parametrize("key", [1, True, None, 1.5, ("a",)])
def test_non_string_keys_are_refused(key: Any) -> None:
    with pytest.raises(TypeError, match=r"body\['m'\]: object key .* must be str"):
        dumps({"m": {key: "a"}})


def test_keys_one_and_string_one_together_are_refused() -> None:
    with pytest.raises(TypeError, match="would collide"):
        dumps({1: "a", "1": "b"})


def test_values_of_other_types_are_refused() -> None:
    with pytest.raises(TypeError, match=r"body\[0\]: set is not JSON serialisable"):
        dumps([{1, 2}])


def _nested(levels: int) -> list[Any]:
    body: list[Any] = []
    for _ in range(levels - 1):
        body = [body]
    return body


def test_nesting_up_to_the_limit_is_sent() -> None:
    assert dumps(_nested(MAX_DEPTH)) == b"[" * MAX_DEPTH + b"]" * MAX_DEPTH


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 5000])
def test_deeper_nesting_is_a_value_error_not_a_recursion_error(levels: int) -> None:
    with pytest.raises(ValueError, match=f"nested deeper than {MAX_DEPTH}"):
        dumps({"meta": _nested(levels)})


def test_a_body_that_contains_itself_is_refused() -> None:
    body: dict[str, Any] = {"a": []}
    body["a"].append(body)
    with pytest.raises(ValueError, match="contains itself"):
        dumps(body)


# --- request models: pydantic-core's own JSON (`WireModel.wire_json`) -------------------------


def _random_task_request(rng: random.Random, exotic: bool) -> CreateTaskRequest:
    fields: dict[str, Any] = {"title": _random_string(rng)}
    if rng.random() < 0.5:
        fields["description"] = _random_string(rng) if rng.random() < 0.8 else None
    if rng.random() < 0.5:
        fields["priority"] = rng.choice(["low", "medium", "high", "urgent", None])
    if rng.random() < 0.5:
        fields["tags"] = [_random_string(rng) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.3:
        fields["approvalRequired"] = rng.random() < 0.5
    if rng.random() < 0.3:
        fields["dueDate"] = dt.datetime(2026, 1, 2, 3, 4, 5, rng.randint(0, 999_999), tzinfo=dt.UTC)
    if rng.random() < 0.7:
        fields["metadata"] = (
            _random_value(rng, 1, exotic)
            if rng.random() < 0.2
            else {
                rng.choice(_WORDS): _random_value(rng, 2, exotic) for _ in range(rng.randint(0, 4))
            }
        )
    if rng.random() < 0.1:
        fields["capabilities"] = ["code"]  # lifted into metadata: the dict path
    return CreateTaskRequest.model_validate(fields)


def test_ten_thousand_request_models_match_the_exact_encoder_and_node(
    batch_oracle: _BatchOracle,
) -> None:
    rng = random.Random(20261202)
    took_model_json = 0
    for _ in range(20):
        bodies = []
        for i in range(500):
            try:
                request = _random_task_request(rng, exotic=i % 2 == 1)
            except ValueError:  # e.g. metadata that is not an object: not a request at all
                continue
            fast = request.wire_json()
            try:
                exact = exact_dumps(request.to_wire())
            except (ValueError, TypeError):
                assert fast is None  # what the exact encoder refuses never takes this path
                continue
            if fast is not None:
                took_model_json += 1
                assert fast == exact, request
            bodies.append(exact)
        for sent, (server_body, _) in zip(bodies, batch_oracle.server_views(bodies), strict=True):
            assert sent == server_body
    assert took_model_json > 3000, took_model_json


def test_model_json_control_characters_and_raw_utf8_equal_the_exact_encoder() -> None:
    every_control = "".join(chr(c) for c in range(0x20)) + '"\\/\x7f\u2028\u2029é😀\ufeff'
    request = CreateTaskRequest(title=every_control, tags=[every_control, ""])
    assert request.wire_json() == exact_dumps(request.to_wire())


@pytest.mark.parametrize(
    "metadata",
    [{"n": 1.5}, {"n": 2**53}, {"1": "digit-led key"}, {"m": CreateTaskRequest(title="x")}],
    ids=["float", "unsafe-int", "digit-key", "model"],
)
def test_model_json_leaves_what_it_cannot_prove_to_the_exact_encoder(metadata: Any) -> None:
    assert CreateTaskRequest(title="t", metadata=metadata).wire_json() is None


def test_a_surrogate_in_a_model_is_refused_by_the_exact_encoder() -> None:
    request = CreateTaskRequest(title="bad \ud800")  # pydantic accepts it; JSON cannot carry it
    assert request.wire_json() is None
    with pytest.raises(ValueError, match="surrogate"):
        exact_dumps(request.to_wire())
