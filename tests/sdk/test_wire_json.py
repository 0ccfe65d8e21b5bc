"""The bytes the SDK sends are what the server's JSON.stringify re-serialises them to."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openspawn._core.signing import sign
from openspawn._core.wirejson import dumps, js_number

from .conftest import NodeOracle

KEY = "0123456789abcdef" * 4

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.text(max_size=8)
            | st.integers(0, 2**33).map(str)
            | st.sampled_from(["01", "-1", "1.5"]),
            children,
            max_size=6,
        )
    ),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(body=json_values)
def test_sent_bytes_are_a_fixed_point_of_node_and_signature_matches(
    node_oracle: NodeOracle, body: Any
) -> None:
    sent = dumps(body)
    prefix = "POST/api/v1/tasks" + "1700000000" + "ab" * 32
    server_body, server_signature = node_oracle.server_view(sent, KEY, prefix)
    assert sent == server_body
    ours = sign(bytes.fromhex(KEY), "POST", "/api/v1/tasks", "1700000000", "ab" * 32, sent)
    assert ours == server_signature


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


def test_big_ints_are_sent_as_the_server_will_read_them() -> None:
    assert dumps(2**64) == b"18446744073709552000"


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="cannot be sent as JSON"):
        dumps({"x": bad})


def test_lone_surrogates_are_escaped(node_oracle: NodeOracle) -> None:
    sent = dumps({"s": "a\ud800b"})
    assert sent == b'{"s":"a\\ud800b"}'
    assert node_oracle.server_view(sent, KEY, "")[0] == sent
