"""Request (and, in self-check mode, response) validation against ``openapi.yaml``.

JSON Schema Draft 2020-12 validators over the spec's own schemas (``$ref``s
resolved against the whole document), built once at start. Failures are turned
into class-validator style messages, as upstream's ValidationPipe words them:
``property foo should not exist``, ``title must be a string``, ...
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import ApiError
from .spec import Operation, Parameter
from .timeutil import parse_iso

__all__ = ["OperationValidator", "ResponseMismatch", "SpecValidators", "is_uuid"]

_SPEC_URI = "urn:openspawn:openapi"
_UUID_RE = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
)
_INT_RE = re.compile(r"-?[0-9]+\Z")
_NUMBER_RE = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_INT32_MAX = 2**31 - 1
_INT32_MIN = -(2**31)
# Operations that reject unknown query parameters (upstream binds their query to a DTO).
_STRICT_QUERY = frozenset({"listEvents"})
# Path segment before an id -> the resource named in the 404 for a malformed id.
_RESOURCE_NAMES = {
    "agents": "Agent",
    "tasks": "Task",
    "capabilities": "Capability",
    "channels": "Channel",
    "messages": "Message",
    "dm": "Agent",
    "events": "Event",
    "dependencies": "Dependency",
    "comments": "Comment",
    "consensus": "Consensus request",
    "escalations": "Escalation",
}

_format_checker = FormatChecker()


@_format_checker.checks("uuid")
def is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(_UUID_RE.match(value))


@_format_checker.checks("date-time")
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or parse_iso(value) is not None


class ResponseMismatch(AssertionError):
    """A response does not match the spec (self-check mode)."""


# -- messages -------------------------------------------------------------------------------


def _type_message(expected: Any) -> str:
    types = [expected] if isinstance(expected, str) else list(expected)
    types = [t for t in types if t != "null"]
    kind = types[0] if types else "string"
    return {
        "string": "must be a string",
        "integer": "must be an integer number",
        "number": "must be a number conforming to the specified constraints",
        "boolean": "must be a boolean value",
        "object": "must be an object",
        "array": "must be an array",
    }.get(kind, f"must be of type {kind}")


def _keyword_message(keyword: str, value: Any) -> str | None:
    if keyword == "type":
        return _type_message(value)
    if keyword == "format":
        return {
            "uuid": "must be a UUID",
            "date-time": "must be a valid ISO 8601 date string",
            "date": "must be a valid ISO 8601 date string",
            "email": "must be an email",
            "uri": "must be a URL address",
        }.get(str(value), f"must be a valid {value}")
    if keyword == "enum":
        return "must be one of the following values: " + ", ".join(str(v) for v in value)
    if keyword == "const":
        return f"must be equal to {value}"
    if keyword == "minimum":
        return f"must not be less than {value}"
    if keyword == "maximum":
        return f"must not be greater than {value}"
    if keyword == "exclusiveMinimum":
        return f"must be greater than {value}"
    if keyword == "exclusiveMaximum":
        return f"must be less than {value}"
    if keyword == "minLength":
        return (
            "should not be empty"
            if value == 1
            else f"must be longer than or equal to {value} characters"
        )
    if keyword == "maxLength":
        return f"must be shorter than or equal to {value} characters"
    if keyword == "minItems":
        return f"must contain at least {value} elements"
    if keyword == "maxItems":
        return f"must contain no more than {value} elements"
    if keyword == "pattern":
        return f"must match /{value}/ regular expression"
    if keyword == "uniqueItems":
        return "all elements must be unique"
    return None


def _subject(path: Iterable[Any]) -> str:
    parts = [str(p) for p in path]
    if parts and parts[-1].isdigit():
        return "each value in " + ".".join(parts[:-1])
    return ".".join(parts)


class _Messages:
    """Turns jsonschema errors into class-validator style messages."""

    def __init__(self, registry: Registry[Any]) -> None:
        self._resolver = registry.resolver(base_uri=_SPEC_URI)

    def _resolve(self, schema: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 20:
            ref = str(schema["$ref"])
            if ref.startswith("#"):
                ref = _SPEC_URI + ref
            schema = self._resolver.lookup(ref).contents
            seen += 1
        return schema if isinstance(schema, dict) else {}

    def _non_null_branch(self, schema: dict[str, Any]) -> dict[str, Any]:
        for key in ("anyOf", "oneOf"):
            for branch in schema.get(key, []):
                resolved = self._resolve(branch)
                if resolved.get("type") != "null":
                    merged = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
                    merged.update(resolved)
                    return merged
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self._resolve(schema["allOf"][0])
        return schema

    def for_missing(self, name: str, schema: Any) -> list[str]:
        """What class-validator says about a required property that is absent."""
        resolved = self._non_null_branch(self._resolve(schema))
        messages: list[str] = []
        for keyword in ("maxLength", "minLength", "maximum", "minimum", "maxItems", "minItems"):
            if keyword in resolved and not (keyword == "minLength" and resolved[keyword] == 1):
                text = _keyword_message(keyword, resolved[keyword])
                if text:
                    messages.append(f"{name} {text}")
        if resolved.get("minLength") == 1:
            messages.append(f"{name} should not be empty")
        if "enum" in resolved:
            messages.append(f"{name} {_keyword_message('enum', resolved['enum'])}")
        elif resolved.get("format") == "uuid":
            messages.append(f"{name} must be a UUID")
        elif "type" in resolved:
            messages.append(f"{name} {_type_message(resolved['type'])}")
        return messages or [f"{name} should not be empty"]

    def for_error(self, error: ValidationError) -> list[str]:
        path = list(error.absolute_path)
        keyword = str(error.validator)
        if keyword == "additionalProperties" and isinstance(error.instance, dict):
            schema = error.schema if isinstance(error.schema, dict) else {}
            known = set(schema.get("properties", {}))
            prefix = ".".join(str(p) for p in path)
            prefix = prefix + "." if prefix else ""
            return [
                f"{prefix}property {name} should not exist"
                for name in error.instance
                if name not in known
            ]
        if keyword == "required" and isinstance(error.instance, dict):
            schema = error.schema if isinstance(error.schema, dict) else {}
            props = schema.get("properties", {})
            prefix = ".".join(str(p) for p in path)
            out: list[str] = []
            raw_required: Any = error.validator_value
            required = [str(n) for n in (raw_required or [])]
            for name in required:
                if name not in error.instance:
                    label = f"{prefix}.{name}" if prefix else str(name)
                    out += self.for_missing(label, props.get(name, {}))
            return out
        if keyword in ("anyOf", "oneOf") and error.context:
            # e.g. a nullable field: report what the non-null branch says
            branch_errors = [
                e for e in error.context if e.validator != "type" or e.validator_value != "null"
            ]
            out = []
            for sub in branch_errors or error.context:
                out += self.for_error(sub)
            return out
        text = _keyword_message(keyword, error.validator_value)
        subject = _subject(path) or "value"
        if text is None:
            return [f"{subject} {error.message}"]
        return [f"{subject} {text}"]


def _dedupe(messages: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(messages))


def _int_range_errors(value: Any, path: tuple[Any, ...], schema: dict[str, Any]) -> list[str]:
    """Integers beyond int4 (upstream's Postgres columns) are rejected instead of a 500."""
    del schema
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float) and float(value).is_integer():
        subject = _subject(path) or "value"
        if value > _INT32_MAX:
            return [f"{subject} must not be greater than {_INT32_MAX}"]
        if value < _INT32_MIN:
            return [f"{subject} must not be less than {_INT32_MIN}"]
    return []


# -- per-operation validation ---------------------------------------------------------------


@dataclass(frozen=True)
class _ParamCheck:
    param: Parameter
    validator: Draft202012Validator
    kind: str  # the declared JSON type used to coerce the query string


class OperationValidator:
    def __init__(self, operation: Operation, registry: Registry[Any], messages: _Messages) -> None:
        self.operation = operation
        self._messages = messages
        self._body = (
            Draft202012Validator(
                operation.body_schema, registry=registry, format_checker=_format_checker
            )
            if operation.body_schema is not None
            else None
        )
        self._params: list[_ParamCheck] = []
        for param in operation.parameters:
            if param.location not in ("path", "query"):
                continue
            resolved = messages._non_null_branch(messages._resolve(param.schema))
            kind = resolved.get("type", "string")
            if isinstance(kind, list):
                kind = next((k for k in kind if k != "null"), "string")
            self._params.append(
                _ParamCheck(
                    param,
                    Draft202012Validator(
                        param.schema, registry=registry, format_checker=_format_checker
                    ),
                    str(kind),
                )
            )
        self._documents_404 = "404" in operation.responses
        self._query_names = {c.param.name for c in self._params if c.param.location == "query"}
        self._responses: dict[str, Draft202012Validator] = {
            status: Draft202012Validator(schema, registry=registry, format_checker=_format_checker)
            for status, schema in operation.responses.items()
            if schema is not None
        }

    # -- path ----------------------------------------------------------------------------
    def path_params(self, raw: Mapping[str, str]) -> dict[str, str]:
        """Validated path parameters; a malformed id is a 404 naming the resource."""
        result: dict[str, str] = {}
        segments = self.operation.path.strip("/").split("/")
        for check in self._params:
            if check.param.location != "path":
                continue
            value = raw.get(check.param.name, "")
            if not check.validator.is_valid(value):
                if not self._documents_404:  # e.g. can-spend, which never answers 404
                    raise ApiError(400, self._param_errors(check, value))
                raise ApiError(404, self._not_found(segments, check.param.name))
            result[check.param.name] = value.lower() if _UUID_RE.match(value) else value
        return result

    def _param_errors(self, check: _ParamCheck, value: Any) -> list[str]:
        found = [
            msg
            for err in check.validator.iter_errors(value)
            for msg in self._messages.for_error(err)
        ]
        name = check.param.name
        return [f"{name} {m[len('value ') :]}" if m.startswith("value ") else m for m in found]

    @staticmethod
    def _not_found(segments: list[str], name: str) -> str:
        token = "{" + name + "}"
        index = segments.index(token) if token in segments else 0
        previous = segments[index - 1] if index > 0 else ""
        return f"{_RESOURCE_NAMES.get(previous, 'Resource')} not found"

    # -- query ---------------------------------------------------------------------------
    def query(self, raw: Mapping[str, list[str]]) -> dict[str, Any]:
        errors: list[str] = []
        if self.operation.operation_id in _STRICT_QUERY:
            errors += [
                f"property {name} should not exist" for name in raw if name not in self._query_names
            ]
        result: dict[str, Any] = {}
        for check in self._params:
            param = check.param
            if param.location != "query":
                continue
            values = raw.get(param.name)
            if not values:
                if param.required:
                    errors += self._messages.for_missing(param.name, param.schema)
                continue
            text = values[0]
            value: Any = text
            if check.kind == "integer":
                if not _INT_RE.match(text.strip()):
                    errors.append(f"{param.name} must be an integer number")
                    continue
                if len(text.strip().lstrip("-")) > 18:  # beyond int4 anyway; int() of a
                    # 5,000-digit string would raise (and cost quadratic time)
                    errors += _int_range_errors(
                        _INT32_MIN - 1 if text.strip().startswith("-") else _INT32_MAX + 1,
                        (param.name,),
                        {},
                    )
                    continue
                value = int(text)
            elif check.kind == "number":
                if not _NUMBER_RE.match(text.strip()):
                    errors.append(
                        f"{param.name} must be a number conforming to the specified constraints"
                    )
                    continue
                value = float(text)
            elif check.kind == "boolean":
                if text not in ("true", "false"):
                    errors.append(f"{param.name} must be a boolean value")
                    continue
                value = text == "true"
            elif check.kind == "array":
                value = [part for part in text.split(",") if part]
            found = self._param_errors(check, value)
            if check.kind == "integer":
                found += _int_range_errors(value, (param.name,), {})
            if found:
                errors += found
                continue
            result[param.name] = value
        if errors:
            raise ApiError(400, _dedupe(errors))
        return result

    # -- body ----------------------------------------------------------------------------
    def body(self, parsed: Any) -> dict[str, Any]:
        if self._body is None:
            return parsed if isinstance(parsed, dict) else {}
        value = {} if parsed is None else parsed
        errors: list[str] = []
        for err in sorted(
            self._body.iter_errors(value), key=lambda e: list(map(str, e.absolute_path))
        ):
            errors += self._messages.for_error(err)
        errors += _walk_int_ranges(value, ())
        if parsed is None and self.operation.body_required and not errors:
            errors.append("request body must be a JSON object")  # e.g. PATCH without a body
        if errors:
            raise ApiError(400, _dedupe(errors))
        if not isinstance(value, dict):
            raise ApiError(400, ["body must be an object"])
        return value

    # -- responses (self-check) ----------------------------------------------------------
    def check_response(self, status: int, body: Any) -> None:
        validator = self._responses.get(str(status)) or self._responses.get(f"{str(status)[0]}XX")
        if validator is None:
            validator = self._responses.get("default")
        if validator is None:
            if str(status) not in self.operation.responses:
                raise ResponseMismatch(
                    f"{self.operation.operation_id}: status {status} is not documented"
                )
            return
        errors = list(validator.iter_errors(body))
        if errors:
            detail = "; ".join(
                f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in errors[:5]
            )
            raise ResponseMismatch(f"{self.operation.operation_id} {status}: {detail}")


def _walk_int_ranges(value: Any, path: tuple[Any, ...]) -> list[str]:
    if isinstance(value, dict):
        out: list[str] = []
        for key, item in value.items():
            if key == "metadata":
                continue  # free-form objects are not inspected
            out += _walk_int_ranges(item, (*path, key))
        return out
    if isinstance(value, list):
        out = []
        for index, item in enumerate(value):
            out += _walk_int_ranges(item, (*path, index))
        return out
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _int_range_errors(value, path, {})
    return []


class SpecValidators:
    """All operations' validators, built once from the spec document."""

    def __init__(self, spec: dict[str, Any], operations: Iterable[Operation]) -> None:
        resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        messages = _Messages(self.registry)
        self.by_operation: dict[str, OperationValidator] = {}
        for operation in operations:
            self.by_operation[operation.operation_id] = OperationValidator(
                _rebase(operation), self.registry, messages
            )


def _rebase(operation: Operation) -> Operation:
    """Point the operation's local ``#/...`` refs at the registered spec document."""
    from dataclasses import replace

    return replace(
        operation,
        parameters=tuple(replace(p, schema=_rebase_refs(p.schema)) for p in operation.parameters),
        body_schema=_rebase_refs(operation.body_schema) if operation.body_schema else None,
        responses={k: _rebase_refs(v) if v else None for k, v in operation.responses.items()},
    )


def _rebase_refs(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#"):
                out[key] = _SPEC_URI + value
            else:
                out[key] = _rebase_refs(value)
        return out
    if isinstance(node, list):
        return [_rebase_refs(v) for v in node]
    return node
