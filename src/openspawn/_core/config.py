"""Client settings: from arguments, else the environment, checked once at construction."""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx2

from .._version import __version__
from .errors import ConfigurationError
from .frozen import Frozen, frozen
from .logs import RedactedHeaders
from .options import check_headers, check_max_retries, check_query_params, check_timeout
from .retry import DEFAULT_RETRY_POLICY, RetryPolicy
from .signing import AgentCredentials, ApiKeyCredentials, Credentials

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "ClientConfig",
    "ConfigurationTypeError",
    "NotGiven",
    "derive_config",
    "resolve_config",
    "wrong_http_client",
]


class NotGiven:
    """Marks an argument the caller left out (None is a meaningful timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

DEFAULT_BASE_URL = "https://api.openspawn.dev"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
USER_AGENT = f"openspawn-python/{__version__}"
API_PREFIX = "/api/v1"
_HEX_DIGITS = "0123456789abcdefABCDEF"
_CREDENTIAL_HELP = (
    "pass api_key=..., or agent_id=... together with secret=..., or set OPENSPAWN_API_KEY, "
    "or OPENSPAWN_AGENT_ID and OPENSPAWN_SECRET"
)


class ConfigurationTypeError(ConfigurationError, TypeError):
    """A client setting of the wrong type: a ``ConfigurationError`` that is also a TypeError."""


@frozen
class ClientConfig(Frozen):
    """Everything a transport needs to know; immutable once built (``Frozen``)."""

    __slots__ = _fields = (
        "base_url",
        "credentials",
        "timeout",
        "max_retries",
        "user_agent",
        "default_headers",
        "retry_policy",
        "default_query",
        "header_templates",
        "idempotency_slots",
    )
    __match_args__ = _compared = (
        "base_url",
        "credentials",
        "timeout",
        "max_retries",
        "user_agent",
        "default_headers",
        "retry_policy",
        "default_query",
    )
    _shown = __match_args__[:1] + __match_args__[2:]  # never the credentials

    base_url: str
    credentials: Credentials
    timeout: float | httpx2.Timeout | None
    max_retries: int
    user_agent: str
    default_headers: Mapping[str, str]
    retry_policy: RetryPolicy
    default_query: Mapping[str, str]
    """Query parameters sent with every request (a call's own parameters win)."""
    header_templates: tuple[RedactedHeaders, ...]
    """A request's headers before its idempotency key and signature, built once per client.

    Indexed by ``2 * has_body + is_mutating``; each holds exactly what a request of that kind
    sends, in order: ``User-Agent``, ``Accept``, ``Content-Type`` (with a body), the idempotency
    headers (mutating calls; the key itself is filled in per call), the ``default_headers``
    (which win), then an API key's ``Authorization`` (credentials win). Per call, the SDK copies
    one and fills in the key (and signs, for agent credentials); an API-key read sends its
    template unchanged, so nothing may ever modify one.
    """
    idempotency_slots: tuple[str, ...]
    """The idempotency header names a call fills with its key (``default_headers`` may have set
    one of them, and then its value stays)."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        timeout: float | httpx2.Timeout | None,
        max_retries: int,
        user_agent: str = USER_AGENT,
        default_headers: Mapping[str, str] | None = None,
        retry_policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        default_query: Mapping[str, str] | None = None,
    ) -> None:
        default_headers = {} if default_headers is None else default_headers
        set_ = object.__setattr__
        set_(self, "base_url", base_url)
        set_(self, "credentials", credentials)
        set_(self, "timeout", timeout)
        set_(self, "max_retries", max_retries)
        set_(self, "user_agent", user_agent)
        set_(self, "default_headers", default_headers)
        set_(self, "retry_policy", retry_policy)
        set_(self, "default_query", {} if default_query is None else default_query)
        templates = []
        for has_body in (False, True):
            for mutating in (False, True):
                headers = RedactedHeaders({"User-Agent": user_agent, "Accept": "application/json"})
                if has_body:
                    headers["Content-Type"] = "application/json"
                if mutating:
                    headers["Idempotency-Key"] = headers["X-Idempotency-Key"] = ""
                headers.update(default_headers)
                if not credentials.signs_each_request:
                    credentials.apply(headers, "", "", b"")
                templates.append(headers)
        slots = tuple(
            name for name in ("Idempotency-Key", "X-Idempotency-Key") if name not in default_headers
        )
        set_(self, "header_templates", tuple(templates))
        set_(self, "idempotency_slots", slots)

    def __reduce__(self) -> str:
        raise TypeError(
            "a client's configuration cannot be pickled (it holds credentials); "
            "build a new client in the other process from its own settings"
        )


def _normalise_base_url(base_url: str) -> str:
    url = base_url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL!r}, got {base_url!r}"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"base_url must not contain a query or fragment: {base_url!r}")
    try:
        port = parts.port
        parsed = httpx2.URL(url)
    except (ValueError, httpx2.InvalidURL, UnicodeError) as exc:
        raise ConfigurationError(
            f"base_url is not a usable URL ({exc}): {base_url!r:.200}"
        ) from None
    if port == 0 or not parsed.host:
        raise ConfigurationError(f"base_url has no usable host and port: {base_url!r:.200}")
    if url.endswith(API_PREFIX):
        url = url[: -len(API_PREFIX)]
    return url


def _is_agent_slug(agent_id: str) -> bool:
    """1 to 100 printable ASCII characters, no space (string tests: a regex costs a fresh
    process more to compile than a client's construction costs otherwise)."""
    return (
        0 < len(agent_id) <= 100
        and agent_id.isascii()
        and agent_id.isprintable()
        and " " not in agent_id
    )


def _credentials(
    api_key: str | None, agent_id: str | None, secret: str | None, env: Mapping[str, str]
) -> Credentials:
    explicit_hmac = agent_id is not None or secret is not None
    if api_key is not None and explicit_hmac:
        raise ConfigurationError(
            "Give either api_key or agent_id+secret, not both: the server would only use one."
        )
    if api_key is None and not explicit_hmac:
        env_key = env.get("OPENSPAWN_API_KEY") or None
        env_agent, env_secret = env.get("OPENSPAWN_AGENT_ID") or None, env.get("OPENSPAWN_SECRET")
        if env_key and (env_agent or env_secret):
            raise ConfigurationError(
                "Both OPENSPAWN_API_KEY and OPENSPAWN_AGENT_ID/OPENSPAWN_SECRET are set; "
                "unset one kind, or pass credentials explicitly."
            )
        if env_key:
            api_key = env_key
        elif env_agent or env_secret:
            agent_id, secret = env_agent, env_secret or None
        else:
            raise ConfigurationError(f"No credentials: {_CREDENTIAL_HELP}.")
    if api_key is not None:
        if not api_key.strip() or any(c.isspace() for c in api_key):
            raise ConfigurationError("api_key must be a non-empty string without whitespace.")
        if not api_key.isascii() or not api_key.isprintable():
            raise ConfigurationError("api_key must be printable ASCII (it is sent in a header).")
        return ApiKeyCredentials(api_key)
    if not agent_id:
        raise ConfigurationError("secret was given without agent_id (the agent's slug).")
    if not _is_agent_slug(agent_id):
        raise ConfigurationError(
            "agent_id must be the agent's slug: printable ASCII without spaces, at most 100 "
            f"characters (it is sent in the X-Agent-Id header); got {agent_id!r:.60}"
        )
    if not secret:
        raise ConfigurationError(f"agent_id {agent_id!r} was given without its secret.")
    if len(secret) != 64 or secret.strip(_HEX_DIGITS):  # not 64 hexadecimal digits
        raise ConfigurationError(
            f"secret must be 64 hexadecimal characters (the one-time secret returned when the "
            f"agent was registered or spawned); the value given has {len(secret)} characters"
            + ("" if len(secret) != 64 else " but is not hexadecimal")
            + "."
        )
    return AgentCredentials(agent_id, secret)


def resolve_config(
    *,
    base_url: str | None,
    api_key: str | None,
    agent_id: str | None,
    secret: str | None,
    timeout: float | httpx2.Timeout | None,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_policy: RetryPolicy | None = None,
    env: Mapping[str, str] | None = None,
    default_query: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Build a checked ``ClientConfig``; raise ``ConfigurationError`` naming what is wrong.

    A setting of the wrong type is a ``ConfigurationTypeError`` (also a ``TypeError``).
    """
    env = os.environ if env is None else env
    for name, value in (
        ("base_url", base_url),
        ("api_key", api_key),
        ("agent_id", agent_id),
        ("secret", secret),
    ):
        if value is not None and not isinstance(value, str):
            raise ConfigurationTypeError(f"{name} must be a string, got {type(value).__name__}")
    _check_policy(retry_policy)
    try:
        max_retries = check_max_retries(max_retries)
        timeout = check_timeout(timeout)
        headers = check_headers(default_headers or {}, "default_headers")
        query = check_query_params(default_query or {}, "default_query")
    except TypeError as exc:
        raise ConfigurationTypeError(str(exc)) from None
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None
    url = base_url or env.get("OPENSPAWN_API_URL") or DEFAULT_BASE_URL
    return ClientConfig(
        base_url=_normalise_base_url(url),
        credentials=_credentials(api_key, agent_id, secret, env),
        timeout=timeout,
        max_retries=max_retries,
        default_headers=headers,
        retry_policy=retry_policy or DEFAULT_RETRY_POLICY,
        default_query=query,
    )


def derive_config(
    config: ClientConfig,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    agent_id: str | None = None,
    secret: str | None = None,
    timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    retry_policy: RetryPolicy | None = None,
    default_headers: Mapping[str, str] | None = None,
    default_query: Mapping[str, str] | None = None,
) -> ClientConfig:
    """``config`` with the given settings changed (``client.with_options()``), checked alike.

    Headers and query parameters are added to the existing ones (a name given again replaces
    its value); credentials are replaced only when new ones are given; the environment is not
    read again.
    """
    for name, value in (
        ("base_url", base_url),
        ("api_key", api_key),
        ("agent_id", agent_id),
        ("secret", secret),
    ):
        if value is not None and not isinstance(value, str):
            raise ConfigurationTypeError(f"{name} must be a string, got {type(value).__name__}")
    _check_policy(retry_policy)
    try:
        if not isinstance(max_retries, NotGiven):
            max_retries = check_max_retries(max_retries)
        if not isinstance(timeout, NotGiven):
            timeout = check_timeout(timeout)
        headers = check_headers(default_headers or {}, "default_headers")
        query = check_query_params(default_query or {}, "default_query")
    except TypeError as exc:
        raise ConfigurationTypeError(str(exc)) from None
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None
    credentials = config.credentials
    if api_key is not None or agent_id is not None or secret is not None:
        credentials = _credentials(api_key, agent_id, secret, {})
    return ClientConfig(
        base_url=config.base_url if base_url is None else _normalise_base_url(base_url),
        credentials=credentials,
        timeout=config.timeout if isinstance(timeout, NotGiven) else timeout,
        max_retries=config.max_retries if isinstance(max_retries, NotGiven) else max_retries,
        user_agent=config.user_agent,
        default_headers={**config.default_headers, **headers},
        retry_policy=retry_policy or config.retry_policy,
        default_query={**config.default_query, **query},
    )


def _check_policy(retry_policy: object) -> None:
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise ConfigurationTypeError(
            f"retry_policy must be an openspawn.RetryPolicy, got {type(retry_policy).__name__}"
        )


def wrong_http_client(given: object, expected: str) -> str:
    """The message for an ``http_client=`` of the wrong type (a legacy httpx client, say)."""
    kind = type(given)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if kind.__module__.split(".")[0] == "httpx":
        return (
            f"http_client must be an {expected}, got a legacy {name}: openspawn runs on httpx2 "
            f"(the maintained successor of httpx, same API). Build it with `import httpx2; "
            f"{expected}(...)` (see docs/migrating-to-httpx2.md)"
        )
    return f"http_client must be an {expected}, got {name}"
