"""The one place where an MCP tool call becomes an SDK call.

``call_operation`` builds the request with the generated builder
``openspawn._generated.api.<tag>.<operation>.build`` and sends it through the client's transport,
so signing, retries and the error mapping are the SDK's own. When the generated resource
methods cover every operation, this function is the only thing to switch over.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from typing import Any

from pydantic import BaseModel

from .._async.client import AsyncBikiniBottomClient
from .tools import ToolSpec

__all__ = ["ToolArgumentError", "builder_for", "call_operation"]


class ToolArgumentError(ValueError):
    """The arguments of a tool call cannot make a request (say which and why)."""


def builder_for(tool: ToolSpec) -> Any:
    """The generated ``build`` function of the tool's operation."""
    module = importlib.import_module(f"openspawn._generated.api.{tool.tag}.{tool.name}")
    return module.build


def _norm(name: str) -> str:
    return name.rstrip("_").replace("_", "").lower()


def _body_model(build: Any) -> type[BaseModel]:
    hint = typing.get_type_hints(build)["body"]
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    raise TypeError(f"{build.__module__}.build has no model for its body")  # pragma: no cover


def _jsonable(result: Any) -> Any:
    if isinstance(result, BaseModel):
        return result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return result


async def call_operation(
    client: AsyncBikiniBottomClient, tool: ToolSpec, arguments: dict[str, Any]
) -> Any:
    """Run ``tool`` with ``arguments`` (wire names) through ``client``; the JSON-ready answer.

    Raises ``ToolArgumentError`` for arguments that do not fit, and the SDK's exceptions
    (``openspawn.errors``) for what the server answers.
    """
    build = builder_for(tool)
    signature = inspect.signature(build)
    by_norm = {_norm(name): name for name in signature.parameters}
    unknown = sorted(
        set(arguments)
        - {*tool.path_params, *tool.query_params, *tool.body_fields}
        - ({"body"} if tool.body_nested else set())
    )
    if unknown:
        raise ToolArgumentError(f"{tool.name} takes no argument {', '.join(unknown)}")
    positional: list[Any] = []
    for name in tool.path_params:
        if name not in arguments:
            raise ToolArgumentError(f"{tool.name} needs the argument {name!r}")
        positional.append(str(arguments[name]))
    keywords: dict[str, Any] = {}
    for name in tool.query_params:
        if arguments.get(name) is not None:
            keywords[by_norm[_norm(name)]] = arguments[name]
    if tool.has_body:
        if tool.body_nested:
            body_data = arguments.get("body")
        else:
            given = {name: arguments[name] for name in tool.body_fields if name in arguments}
            body_data = given if (given or tool.body_required) else None
        if body_data is not None:
            from pydantic import ValidationError

            try:
                keywords["body"] = _body_model(build).model_validate(body_data)
            except ValidationError as exc:
                details = "; ".join(
                    f"{'.'.join(str(p) for p in err['loc']) or 'body'}: {err['msg']}"
                    for err in exc.errors()
                )
                raise ToolArgumentError(f"{tool.name}: {details}") from None
    operation = build(*positional, **keywords)
    result = await client._transport.request(operation, {})  # the SDK's signing, retries, errors
    return _jsonable(result)
