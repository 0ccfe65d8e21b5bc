"""Construction: credentials from arguments or environment, and clear errors otherwise."""

from __future__ import annotations

import pytest

from openspawn._core.config import resolve_config
from openspawn._core.signing import AgentCredentials, ApiKeyCredentials
from openspawn.errors import ConfigurationError

SECRET = "ab" * 32


def make(env: dict[str, str] | None = None, **kwargs: object) -> object:
    args: dict[str, object] = {
        "base_url": None,
        "api_key": None,
        "agent_id": None,
        "secret": None,
        "timeout": 30.0,
        "max_retries": 3,
        "default_headers": None,
    }
    args.update(kwargs)
    return resolve_config(env=env or {}, **args)  # type: ignore[arg-type]


def test_api_key_argument() -> None:
    config = make(api_key="osp_x")
    assert isinstance(config.credentials, ApiKeyCredentials)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (None, "https://api.openspawn.dev"),
        ("http://127.0.0.1:8787/", "http://127.0.0.1:8787"),
        ("http://127.0.0.1:8787/api/v1", "http://127.0.0.1:8787"),
        ("https://example.com/prefix/api/v1/", "https://example.com/prefix"),
    ],
)
def test_base_url_is_the_host_root(url: str | None, expected: str) -> None:
    assert make(api_key="k", base_url=url).base_url == expected  # type: ignore[attr-defined]


def test_environment_supplies_url_and_hmac_credentials() -> None:
    env = {
        "OPENSPAWN_API_URL": "http://localhost:9",
        "OPENSPAWN_AGENT_ID": "talent",
        "OPENSPAWN_SECRET": SECRET,
    }
    config = make(env)
    assert config.base_url == "http://localhost:9"  # type: ignore[attr-defined]
    assert isinstance(config.credentials, AgentCredentials)  # type: ignore[attr-defined]


def test_explicit_arguments_win_over_the_environment() -> None:
    config = make({"OPENSPAWN_AGENT_ID": "x", "OPENSPAWN_SECRET": SECRET}, api_key="osp_k")
    assert isinstance(config.credentials, ApiKeyCredentials)  # type: ignore[attr-defined]


def test_no_credentials_names_every_option() -> None:
    with pytest.raises(ConfigurationError) as info:
        make()
    text = str(info.value)
    for name in ("api_key", "agent_id", "secret", "OPENSPAWN_API_KEY", "OPENSPAWN_SECRET"):
        assert name in text


def test_both_kinds_explicitly_is_an_error() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        make(api_key="osp_k", agent_id="a", secret=SECRET)


@pytest.mark.parametrize("secret", ["short", "zz" * 32, "ab" * 33])
def test_malformed_secret_is_rejected_without_echoing_it(secret: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        make(agent_id="talent", secret=secret)
    assert secret not in str(info.value)
    assert "64 hexadecimal" in str(info.value)


def test_agent_id_without_secret() -> None:
    with pytest.raises(ConfigurationError, match="without its secret"):
        make(agent_id="talent")


@pytest.mark.parametrize("url", ["ftp://x", "not a url", "http://h?x=1"])
def test_bad_base_url(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        make(api_key="k", base_url=url)


@pytest.mark.parametrize("retries", [-1, 1.5, True])
def test_bad_max_retries(retries: object) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        make(api_key="k", max_retries=retries)


def test_non_string_settings_are_named() -> None:
    with pytest.raises(ConfigurationError, match="base_url must be a string, got ellipsis"):
        make(api_key="k", base_url=...)
