"""The JS-JSON canonicaliser against Node's ``JSON.stringify(JSON.parse(text))``.

The expected strings were produced by Node 20; when ``node`` is on the PATH the
table is also checked live against it.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from openspawn._devserver.jsjson import (
    JSONParseError,
    js_loads,
    js_number_to_string,
    js_stringify,
)

# (JSON text as sent, what Node's JSON.stringify(JSON.parse(text)) prints)
CASES: list[tuple[str, str]] = [
    ('{"title": "Write docs", "priority": "high"}', '{"title":"Write docs","priority":"high"}'),
    ('{"b":1,"a":2}', '{"b":1,"a":2}'),
    ('{"b":1,"2":1,"10":2,"1":3}', '{"1":3,"2":1,"10":2,"b":1}'),
    ('{"01":1,"1":2,"-1":3,"1.5":4}', '{"1":2,"01":1,"-1":3,"1.5":4}'),
    ('{"4294967294":1,"4294967295":2,"a":3}', '{"4294967294":1,"4294967295":2,"a":3}'),
    ('{"4294967295":2,"4294967294":1}', '{"4294967294":1,"4294967295":2}'),
    ('{"a":1,"b":2,"a":3}', '{"a":3,"b":2}'),
    ('{"x":1.0}', '{"x":1}'),
    ('{"x":-0}', '{"x":0}'),
    ('{"x":-0.0}', '{"x":0}'),
    ('{"x":1e21}', '{"x":1e+21}'),
    ('{"x":1e20}', '{"x":100000000000000000000}'),
    ('{"x":123456789012345678901}', '{"x":123456789012345680000}'),
    ('{"x":1.2345678901234568e+20}', '{"x":123456789012345680000}'),
    ('{"x":9007199254740993}', '{"x":9007199254740992}'),
    ('{"x":12345678901234567890123}', '{"x":1.2345678901234568e+22}'),
    ('{"x":1e-7}', '{"x":1e-7}'),
    ('{"x":0.000001}', '{"x":0.000001}'),
    ('{"x":0.1}', '{"x":0.1}'),
    ('{"x":100.50}', '{"x":100.5}'),
    ('{"x":1.5e300}', '{"x":1.5e+300}'),
    ('{"x":5e-324}', '{"x":5e-324}'),
    ('{"x":1e400}', '{"x":null}'),
    ('{"x":-1e400}', '{"x":null}'),
    ('{"x":0.30000000000000004}', '{"x":0.30000000000000004}'),
    ('{"x":-12.5E2}', '{"x":-1250}'),
    ('{"s":"caf\\u00e9 \\u2603 \\ud83d\\ude00"}', '{"s":"café ☃ 😀"}'),
    ('{"s":"café"}', '{"s":"café"}'),
    ('{"s":"line\\nbreak\\ttab\\r\\b\\f"}', '{"s":"line\\nbreak\\ttab\\r\\b\\f"}'),
    ('{"s":"\\u0001\\u001f\\u007f"}', '{"s":"\\u0001\\u001f\u007f"}'),
    ('{"s":"\\/slash \\"quote\\" back\\\\slash"}', '{"s":"/slash \\"quote\\" back\\\\slash"}'),
    ('{"s":"\\u2028\\u2029"}', '{"s":"\u2028\u2029"}'),
    ('{"s":"\\ud800 lone"}', '{"s":"\\ud800 lone"}'),
    ('{"s":"\\udc00"}', '{"s":"\\udc00"}'),
    ('{"s":"\\uDBFF\\uDFFF"}', '{"s":"\U0010ffff"}'),
    (
        '{"nested":{"z":[1,2.0,{"b":true,"a":null}],"1":false}}',
        '{"nested":{"1":false,"z":[1,2,{"b":true,"a":null}]}}',
    ),
    ("[1, 2, 3]", "[1,2,3]"),
    ("[]", "[]"),
    ("{}", "{}"),
    ('  {\n "a" : [ ] ,\t"b":{ } }  ', '{"a":[],"b":{}}'),
    ('{"__proto__":1}', '{"__proto__":1}'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_matches_node(text: str, expected: str) -> None:
    assert js_stringify(js_loads(text)) == expected


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_table_matches_live_node() -> None:
    script = (
        'const lines=require("fs").readFileSync(0,"utf8").split("\\n").filter(Boolean);'
        "for (const l of lines) process.stdout.write("
        "JSON.stringify(JSON.stringify(JSON.parse(JSON.parse(l))))+'\\n');"
    )
    import json

    payload = "\n".join(json.dumps(text) for text, _ in CASES) + "\n"
    out = subprocess.run(
        ["node", "-e", script], input=payload.encode(), capture_output=True, check=True
    ).stdout.decode()
    results = [json.loads(line) for line in out.split("\n") if line]
    for (text, expected), node_result in zip(CASES, results, strict=True):
        assert node_result == expected, text
        assert js_stringify(js_loads(text)) == node_result, text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (-0.0, "0"),
        (1.0, "1"),
        (-1.5, "-1.5"),
        (1e21, "1e+21"),
        (1e-6, "0.000001"),
        (1e-7, "1e-7"),
        (123e-20, "1.23e-18"),
        (2**53, "9007199254740992"),
        (float("nan"), "null"),
    ],
)
def test_number_to_string(value: float, expected: str) -> None:
    assert js_number_to_string(value) == expected


def test_integers_stay_ints_inside_the_safe_range() -> None:
    body = js_loads('{"amount": 1.0, "big": 9007199254740993, "x": 1.5}')
    assert body["amount"] == 1 and isinstance(body["amount"], int)
    assert isinstance(body["big"], float)
    assert body["x"] == 1.5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        '"just a string"',
        "5",
        "true",
        "null",
        "{",
        '{"a":}',
        "{'a':1}",
        '{"a":NaN}',
        '{"a":Infinity}',
    ],
)
def test_rejects_what_express_rejects(text: str) -> None:
    with pytest.raises(JSONParseError):
        js_loads(text)
