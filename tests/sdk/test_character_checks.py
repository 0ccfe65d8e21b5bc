"""The string-method checks of header names and values, idempotency keys, agent slugs and secrets
accept exactly what the regexes they replaced accepted (those regexes are the oracles here).

They replaced the regexes because compiling those cost a fresh process ~2 M instructions
(docs/performance.md, "First call ready"); the errors a user sees come from the public paths
(``resolve_config``, per-call options) and are checked through them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openspawn import ConfigurationError
from openspawn._core import options
from openspawn._core.config import _is_agent_slug, resolve_config

OLD_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
OLD_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*\Z")
OLD_UUID = re.compile(
    r"(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{32})\Z"
)
OLD_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
OLD_AGENT_ID = re.compile(r"[\x21-\x7e]{1,100}")

EVERY_ASCII = [chr(c) for c in range(128)]
AWKWARD = ["", " ", "\t", "\n", "\r\n", "\x7f", "\x00", "é", "\u0660", "\uff10", "\ud800", "٣"]
HEXISH = st.text(alphabet="0123456789abcdefABCDEF-gG \n\u0660", max_size=70)
ANY_TEXT = st.text(max_size=40) | st.text(alphabet=st.sampled_from(EVERY_ASCII), max_size=40)


def _variants(valid: str) -> list[str]:
    """``valid`` and its near misses: each position replaced by each awkward character, and a
    character added at each end."""
    out = [valid, valid[1:], valid[:-1], valid + "\n", " " + valid, valid + valid]
    for i in range(len(valid)):
        for c in ["-", "g", " ", "\n", "\u0660", "0", "A"]:
            out.append(valid[:i] + c + valid[i + 1 :])
    return out


@pytest.mark.parametrize("text", EVERY_ASCII + AWKWARD + ["X-Team", "a b", "Content-Type:"])
def test_header_names_and_values_one_by_one(text: str) -> None:
    assert options._is_header_name(text) == bool(OLD_HEADER_NAME.match(text))
    assert options._is_header_value(text) == bool(OLD_HEADER_VALUE.match(text))
    assert options._is_header_value(f"a{text}b") == bool(OLD_HEADER_VALUE.match(f"a{text}b"))


@settings(max_examples=500, deadline=None)
@given(ANY_TEXT)
def test_header_names_and_values(text: str) -> None:
    assert options._is_header_name(text) == bool(OLD_HEADER_NAME.match(text))
    assert options._is_header_value(text) == bool(OLD_HEADER_VALUE.match(text))


@pytest.mark.parametrize(
    "text",
    _variants("2f1c9a52-6a1e-4d8e-9b51-0c7de1a0f001")
    + _variants("2f1c9a526a1e4d8e9b510c7de1a0f001")
    + ["2f1c9a52-6a1e-4d8e-9b51-0c7de1a0f00-", "2f1c9a52--6a1e-4d8e-9b510c7de1a0f001"]
    + AWKWARD,
)
def test_idempotency_keys_near_misses(text: str) -> None:
    assert options._is_uuid(text) == bool(OLD_UUID.match(text))


@settings(max_examples=500, deadline=None)
@given(HEXISH)
def test_idempotency_keys(text: str) -> None:
    assert options._is_uuid(text) == bool(OLD_UUID.match(text))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT | st.text(alphabet=st.sampled_from(EVERY_ASCII), min_size=95, max_size=105))
def test_agent_slugs(text: str) -> None:
    assert _is_agent_slug(text) == bool(OLD_AGENT_ID.fullmatch(text))


@pytest.mark.parametrize("text", EVERY_ASCII + AWKWARD + ["a" * 100, "a" * 101, "research-lead"])
def test_agent_slugs_one_by_one(text: str) -> None:
    assert _is_agent_slug(text) == bool(OLD_AGENT_ID.fullmatch(text))


def _secret_accepted(secret: str) -> bool:
    try:
        resolve_config(
            base_url="http://bb.test",
            api_key=None,
            agent_id="research-lead",
            secret=secret,
            timeout=5.0,
            max_retries=0,
            default_headers=None,
            env={},
        )
    except ConfigurationError as exc:
        assert "64 hexadecimal characters" in str(exc) or "without its secret" in str(exc)
        return False
    return True


@pytest.mark.parametrize("secret", [*_variants("ab" * 32), "AB" * 32, "0" * 64, "0" * 63 + "\n"])
def test_secrets(secret: str) -> None:
    assert _secret_accepted(secret) == bool(OLD_HEX64.fullmatch(secret))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789abcdefABCDEF", min_size=62, max_size=66), st.data())
def test_secrets_with_one_change(base: str, data: st.DataObject) -> None:
    if base and data.draw(st.booleans()):
        i = data.draw(st.integers(0, len(base) - 1))
        other = data.draw(st.sampled_from(["g", " ", "\n", "\u0660", "-"]))
        base = base[:i] + other + base[i + 1 :]
    assert _secret_accepted(base) == bool(OLD_HEX64.fullmatch(base))
