"""The resource layer from the spec: methods, the client's resource properties, reference docs and
wire tests.

generate.py calls `plan()` once openapi-python-client has written the models and builders: the
freshly generated package is imported (under a private name) so that every type comes from the
models themselves, and the spec's `x-openspawn-method` extension (see docs/architecture.md) says
how each operation becomes a method. The output is rendered from `templates/resources/`.
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.util
import inspect
import itertools
import json
import keyword
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "resources"
OVERRIDES = ROOT / "src" / "openspawn" / "_overrides"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
EXTENSION = "x-openspawn-method"
OPTION_NAMES = (
    "timeout",
    "max_retries",
    "idempotency_key",
    "extra_headers",
    "extra_query",
    "extra_body",
    "retry_policy",
)
# Names the generated method body uses itself (templates/resources/resource.py.jinja).
METHOD_LOCALS = {"self", "request", "more", "body", "path", "query", "options", "result", "_value"}
KNOWN_KEYS = {"name", "resource", "returns", "positional", "paginate", "also", "defaults"}
PAGINATE_KEYS = {"style", "iterator", "size", "param", "total", "take", "reverse"}
_counter = itertools.count()


class PlanError(Exception):
    """A problem in the spec's method annotations; the message names the operation."""


@dataclass
class Param:
    wire: str
    name: str  # the method's parameter name
    builder: str  # the builder's parameter name
    location: str  # "path" | "query"
    annotation: str
    required: bool
    default: str | None  # Python code, or None for "no default"
    description: str
    is_uuid: bool = False
    kind: str = "str"  # check_query kind, or an enum class name
    enum: bool = False
    example: Any = None


@dataclass
class BodyField:
    name: str
    wire: str
    annotation: str
    required: bool
    default: str | None
    description: str


@dataclass
class Paginate:
    style: str
    iterator: str
    size: str
    param: str
    total: str
    take: str
    reverse: bool
    item: str


@dataclass
class Method:
    name: str
    operation_id: str
    resource: str
    tag_package: str
    builder: str
    http_method: str
    path: str
    summary: str
    description: str
    params: list[Param]
    body_model: str | None
    body_required: bool
    body_description: str
    fields: list[BodyField]
    positional: list[str]
    defaults: dict[str, Any]
    returns: Any  # None (nothing), "." (whole body), "a.b" (dotted), or a list of those
    return_annotation: str
    response_model: str
    before: str | None = None  # "module.function"
    after: str | None = None
    paginate: Paginate | None = None
    statuses: list[tuple[str, str, str]] = field(default_factory=list)  # (status, error, text)
    request_example: Any = None
    response_example: Any = None
    response_status: int = 200
    extension: bool = False
    returned_model: str | None = None  # the answer's field the method returns, when a model

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def query_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "query"]

    @property
    def positional_query(self) -> list[Param]:
        return [p for p in self.query_params if p.name in self.positional]

    @property
    def keyword_query(self) -> list[Param]:
        return [p for p in self.query_params if p.name not in self.positional]

    @property
    def positional_fields(self) -> list[BodyField]:
        by_name = {f.name: f for f in self.fields}
        return [by_name[name] for name in self.positional if name in by_name]

    @property
    def keyword_fields(self) -> list[BodyField]:
        return [f for f in self.fields if f.name not in self.positional]

    def result_expression(self, value: str = "result") -> str:
        return _shape_expression(self.returns, value)

    @property
    def endpoint_name(self) -> str:
        """The resource module's constant holding this method's `Endpoint` (two methods of one
        operation may stamp different parts of its answer)."""
        return "_" + self.name.upper()

    def path_expression(self, label: str) -> str:
        """The call's path as Python code: an f-string of checked, percent-encoded segments."""
        if '"' in self.path or "\\" in self.path:
            raise PlanError(f"{self.operation_id}: the path {self.path!r} cannot be generated")
        by_wire = {p.wire: p for p in self.path_params}
        code = []
        for piece in re.split(r"(\{[^{}]+\})", self.path):
            param = by_wire.get(piece[1:-1]) if piece.startswith("{") else None
            if param is None:
                if "{" in piece or "}" in piece:
                    raise PlanError(f"{self.operation_id}: {piece!r} is not a path parameter")
                code.append(piece)
            else:
                check = "uuid_segment" if param.is_uuid else "path_segment"
                code.append(f'{{{check}("{label}", "{param.name}", {param.name})}}')
        return ("f" if by_wire else "") + '"' + "".join(code) + '"'


@dataclass
class Resource:
    name: str
    class_name: str
    description: str
    methods: list[Method]

    @property
    def module(self) -> str:
        return self.name


# ---------------------------------------------------------------------------------------------
# Names


def snake(value: str) -> str:
    from openapi_python_client import strings

    return str(strings.snake_case(value))


def _param_name(raw: dict[str, Any]) -> str:
    name = raw.get("x-python-name") or snake(str(raw["name"]))
    return f"{name}_" if keyword.iskeyword(name) else name


def class_name(resource: str) -> str:
    return "Async" + "".join(word.capitalize() for word in resource.split("_"))


def _returned_model(returns: Any, response: Any, models: ModuleType) -> str | None:
    """The one field of the answer a method returns, when the spec types it as a model (which
    alone then needs the answer's headers for ``_request_id``; see `Endpoint`)."""
    if not isinstance(returns, str) or returns == "." or "." in returns or response is None:
        return None
    annotation = _annotations(response).get(returns, "")
    kinds = [k.strip() for k in annotation.split("|") if k.strip() != "None"]
    if len(kinds) == 1 and kinds[0].isidentifier():
        model = getattr(models, kinds[0], None)
        if isinstance(model, type) and issubclass(model, BaseModel):
            return returns
    return None


def _shape_expression(returns: Any, value: str) -> str:
    if returns is None:
        return "None"
    if isinstance(returns, list):
        return "(" + ", ".join(_shape_expression(part, value) for part in returns) + ")"
    if returns == ".":
        return value
    return value + "." + returns


# ---------------------------------------------------------------------------------------------
# The spec


def _deref(spec: dict[str, Any], value: Any) -> Any:
    while isinstance(value, dict) and isinstance(value.get("$ref"), str):
        current: Any = spec
        for raw in value["$ref"][2:].split("/"):
            current = current[raw.replace("~1", "/").replace("~0", "~")]
        value = current
    return value


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, item, operation


def _example_of(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return None


def _json_media(spec: dict[str, Any], holder: Any) -> dict[str, Any]:
    holder = _deref(spec, holder) or {}
    content = holder.get("content") or {}
    for content_type, media in content.items():
        if content_type == "application/json" or str(content_type).endswith("+json"):
            return media or {}
    return {}


def _nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(
        isinstance(branch, dict) and (branch.get("type") == "null" or _nullable(branch))
        for key in ("anyOf", "oneOf")
        for branch in schema.get(key) or []
    )


# ---------------------------------------------------------------------------------------------
# The generated package, imported under a private name


def import_package(package_dir: Path) -> ModuleType:
    name = f"_openspawn_plan_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(
        name, package_dir / "__init__.py", submodule_search_locations=[str(package_dir)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def forget_package(package: ModuleType) -> None:
    prefix = package.__name__
    for name in [n for n in sys.modules if n == prefix or n.startswith(prefix + ".")]:
        del sys.modules[name]


def _annotations(cls: type) -> dict[str, str]:
    """Each field's annotation as its model's source spells it, base classes first.

    Read from the source, not ``__annotations__``: the model modules hold real annotations
    (templates/model.py.jinja), which would print as ``<class 'str'>``; one naming a model not
    yet defined is a string there, and its text is the string's.
    """
    found: dict[str, str] = {}
    package = cls.__module__.rsplit(".", 2)[0]  # the generated package: <package>.models.<name>
    for klass in reversed(cls.__mro__):
        module = sys.modules.get(klass.__module__)
        if module is not None and klass.__module__.startswith(package + "."):
            found.update(_written_annotations(str(module.__file__), klass.__name__))
        # (pydantic's own annotations name no field)
    return found


@functools.cache
def _written_annotations(path: str, class_name: str) -> dict[str, str]:
    """The annotations of one class as its module's source writes them (each file read once)."""
    source = Path(path).read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    written = item.annotation
                    if isinstance(written, ast.Constant) and isinstance(written.value, str):
                        found[item.target.id] = written.value
                    else:
                        found[item.target.id] = str(ast.get_source_segment(source, written))
    return found


# ---------------------------------------------------------------------------------------------
# Overrides


def find_overrides(folder: Path = OVERRIDES) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(kind, operationId) → ("module.function", return annotation) from the overrides folder."""
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for decorator in node.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and isinstance(decorator.func, ast.Name)
                    and decorator.func.id in ("before_send", "after_parse")
                    and decorator.args
                    and isinstance(decorator.args[0], ast.Constant)
                ):
                    key = (decorator.func.id, str(decorator.args[0].value))
                    if key in found:
                        raise PlanError(f"two {key[0]} overrides for {key[1]}")
                    returns = ast.unparse(node.returns) if node.returns is not None else None
                    found[key] = (f"{path.stem}.{node.name}", returns)
    return found


# ---------------------------------------------------------------------------------------------
# Planning


def _error_name(status: str) -> str:
    from openspawn._core.errors import error_for_status

    if not status.isdigit():
        return "APIError"
    return type(error_for_status(int(status), b"", {}, "", None)).__name__


def _query_kind(annotation: str, enums: set[str]) -> tuple[str, bool]:
    base = [part.strip() for part in annotation.split("|") if part.strip() != "None"]
    word = base[0] if len(base) == 1 else "any"
    if word in enums:
        return word, True
    return {
        "str": "str",
        "int": "int",
        "float": "float",
        "bool": "bool",
        "datetime.datetime": "datetime",
        "datetime.date": "date",
    }.get(word, "any"), False


def _default_returns(model: type | None) -> Any:
    if model is None:
        return None
    fields = getattr(model, "model_fields", {})
    return "data" if "data" in fields else "."


def _resolve_returns(
    op_id: str, returns: Any, response: type | None, models: ModuleType
) -> tuple[Any, str]:
    """The Python path of ``returns`` and its annotation."""
    if returns is None or response is None:
        return None, "None"
    if isinstance(returns, list):
        parts = [_resolve_returns(op_id, part, response, models) for part in returns]
        return [p for p, _ in parts], "tuple[" + ", ".join(a for _, a in parts) + "]"
    if returns == ".":
        return ".", response.__name__
    current: Any = response
    python_path: list[str] = []
    annotation = response.__name__
    for word in str(returns).split("."):
        lookup = getattr(current, "__wire_lookup__", None)
        if lookup is None or word not in lookup:
            raise PlanError(
                f"{op_id}: {EXTENSION}.returns {returns!r}: {annotation} has no field {word!r}"
            )
        name = lookup[word]
        python_path.append(name)
        annotation = _annotations(current)[name]
        current = getattr(models, annotation, None) if annotation.isidentifier() else None
    return ".".join(python_path), annotation


def plan(
    spec: dict[str, Any], package_dir: Path, overrides_dir: Path = OVERRIDES, *, strict: bool = True
) -> list[Resource]:
    """The resources of ``spec``; ``strict``: every override must name an operation of it."""
    package = import_package(package_dir)
    try:
        return _plan(spec, package, find_overrides(overrides_dir), strict)
    finally:
        forget_package(package)


def _plan(
    spec: dict[str, Any],
    package: ModuleType,
    overrides: dict[tuple[str, str], tuple[str, str | None]],
    strict: bool,
) -> list[Resource]:
    models = importlib.import_module(package.__name__ + ".models")
    enums = {
        name
        for name in models.__all__
        if isinstance(getattr(models, name), type) and issubclass(getattr(models, name), Enum)
    }
    tag_descriptions = {
        str(tag.get("name")): str(tag.get("description") or "")
        for tag in spec.get("tags") or []
        if isinstance(tag, dict)
    }
    resources: dict[str, Resource] = {}
    used_hooks: set[tuple[str, str]] = set()
    for path, http_method, item, operation in operations(spec):
        op_id = str(operation["operationId"])
        tag = str((operation.get("tags") or ["default"])[0])
        ext = operation.get(EXTENSION) or {}
        if not isinstance(ext, dict):
            raise PlanError(f"{op_id}: {EXTENSION} must be a mapping")
        unknown = set(ext) - KNOWN_KEYS
        if unknown:
            raise PlanError(f"{op_id}: unknown {EXTENSION} keys {sorted(unknown)}")
        tag_package = snake(tag)
        builder_name = snake(op_id)
        module = importlib.import_module(f"{package.__name__}.api.{tag_package}.{builder_name}")
        build = module.build
        signature = inspect.signature(build)
        response_name = str(inspect.signature(module._parse).return_annotation)
        response = getattr(models, response_name, None) if response_name.isidentifier() else None

        raw_params = [
            _deref(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
        ]
        params: list[Param] = []
        for raw in raw_params:
            location = raw.get("in")
            if location not in ("path", "query"):
                continue
            builder_param = snake(str(raw["name"]))
            candidates = [n for n in signature.parameters if n.rstrip("_") == builder_param]
            if not candidates:
                raise PlanError(f"{op_id}: builder has no parameter for {raw['name']!r}")
            b = signature.parameters[candidates[0]]
            schema = _deref(spec, raw.get("schema")) or {}
            annotation = str(b.annotation).replace("UUID | str", "str")
            required = bool(raw.get("required")) or location == "path"
            kind, is_enum = _query_kind(annotation, enums)
            default = None
            if not required:
                if "default" in schema:
                    value = schema["default"]
                    default = f"{annotation.split(' | ')[0]}({value!r})" if is_enum else repr(value)
                    annotation = annotation.replace(" | None", "")
                else:
                    default = "None"
                    if "None" not in annotation.split(" | "):
                        annotation += " | None"
            params.append(
                Param(
                    wire=str(raw["name"]),
                    name=_param_name(raw),
                    builder=candidates[0],
                    location=location,
                    annotation=annotation,
                    required=required,
                    default=default,
                    description=" ".join(str(raw.get("description") or "").split()),
                    is_uuid=schema.get("format") == "uuid",
                    kind=kind,
                    enum=is_enum,
                    example=raw.get("example", schema.get("example")),
                )
            )

        body_model = None
        body_required = False
        fields: list[BodyField] = []
        body_media: dict[str, Any] = {}
        body_description = ""
        if "body" in signature.parameters:
            body_model = str(signature.parameters["body"].annotation).replace(" | None", "")
            body_required = signature.parameters["body"].default is inspect.Parameter.empty
            body_holder = _deref(spec, operation.get("requestBody"))
            body_media = _json_media(spec, body_holder)
            body_description = " ".join(str((body_holder or {}).get("description") or "").split())
            cls = getattr(models, body_model)
            annotations = _annotations(cls)
            for name, info in cls.model_fields.items():
                fields.append(
                    BodyField(
                        name=name,
                        wire=str(info.validation_alias or name),
                        annotation=annotations[name],
                        required=info.is_required(),
                        default=None if info.is_required() else "...",
                        description=" ".join(str(info.description or "").split()),
                    )
                )
            if not fields and not body_required:
                # An optional body without fields (EmptyRequest, `{}`): no argument to offer;
                # the transport sends and signs `{}` for a POST/PATCH without a body anyway.
                body_model, body_media, body_description = None, {}, ""

        positional = [str(n) for n in ext.get("positional") or []]
        names = {p.name for p in params}
        field_names = {f.name for f in fields}
        for name in positional:
            if name not in names | field_names or name in {
                p.name for p in params if p.location == "path"
            }:
                raise PlanError(
                    f"{op_id}: {EXTENSION}.positional names {name!r}, which is not a query "
                    "parameter or body field of this operation"
                )
        clash = (
            (names & field_names)
            | ((names | field_names) & {*OPTION_NAMES, "self", "request", "more"})
            # Body fields are read before the method body assigns its locals; parameters after.
            | (names & METHOD_LOCALS)
        )
        if clash:
            raise PlanError(
                f"{op_id}: {sorted(clash)} would be two arguments of one method; give a "
                "parameter another Python name with x-python-name"
            )

        returns = ext.get("returns", _default_returns(response))
        python_returns, return_annotation = _resolve_returns(op_id, returns, response, models)
        before = overrides.get(("before_send", op_id))
        after = overrides.get(("after_parse", op_id))
        for key in (("before_send", op_id), ("after_parse", op_id)):
            if key in overrides:
                used_hooks.add(key)
        if after is not None and after[1]:
            return_annotation = after[1]

        ok = [s for s in (operation.get("responses") or {}) if str(s).startswith("2")]
        ok_status = str(ok[0]) if ok else "200"
        statuses = []
        for status, answer in (operation.get("responses") or {}).items():
            if str(status).startswith("2"):
                continue
            answer = _deref(spec, answer) or {}
            statuses.append(
                (
                    str(status),
                    _error_name(str(status)),
                    " ".join(str(answer.get("description") or "").split()),
                )
            )
        resource_name = str(ext.get("resource") or snake(tag))
        method = Method(
            name=str(ext.get("name") or builder_name),
            operation_id=op_id,
            resource=resource_name,
            tag_package=tag_package,
            builder=builder_name,
            http_method=http_method.upper(),
            path=path,
            summary=" ".join(str(operation.get("summary") or "").split()),
            description=str(operation.get("description") or "").strip(),
            params=params,
            body_model=body_model,
            body_required=body_required,
            body_description=body_description,
            fields=fields,
            positional=positional,
            defaults={str(k): v for k, v in (ext.get("defaults") or {}).items()},
            returns=python_returns,
            return_annotation=return_annotation,
            response_model=response_name,
            before=before[0] if before else None,
            after=after[0] if after else None,
            statuses=statuses,
            request_example=_example_of(body_media) if body_media else None,
            response_example=_example_of(
                _json_media(spec, (operation.get("responses") or {}).get(ok[0] if ok else "200"))
            ),
            response_status=int(ok_status) if ok_status.isdigit() else 200,
            extension=bool(operation.get("x-bikinibottom-extension")),
            returned_model=_returned_model(python_returns, response, models),
        )
        if "paginate" in ext:
            method.paginate = _paginate(method, ext["paginate"])
        resource = resources.setdefault(
            resource_name,
            Resource(resource_name, class_name(resource_name), tag_descriptions.get(tag, ""), []),
        )
        resource.methods.append(method)
        for extra in ext.get("also") or []:
            twin = Method(**{**method.__dict__})
            twin.name = str(extra["name"])
            twin.paginate = None
            twin.returns, twin.return_annotation = _resolve_returns(
                op_id, extra.get("returns", returns), response, models
            )
            resource.methods.append(twin)

    unused = set(overrides) - used_hooks
    if unused and strict:
        raise PlanError(f"overrides for operations the spec does not have: {sorted(unused)}")
    for resource in resources.values():
        seen: set[str] = set()
        for method in resource.methods:
            for name in (method.name, method.paginate.iterator if method.paginate else None):
                if name is None:
                    continue
                if name in seen:
                    raise PlanError(f"{resource.name}.{name} is the name of two methods")
                seen.add(name)
    return sorted(resources.values(), key=lambda r: r.name)


def _paginate(method: Method, raw: Any) -> Paginate:
    op_id = method.operation_id
    if not isinstance(raw, dict) or raw.get("style") not in ("page", "offset", "cursor"):
        raise PlanError(f"{op_id}: {EXTENSION}.paginate needs style: page, offset or cursor")
    unknown = set(raw) - PAGINATE_KEYS
    if unknown:
        raise PlanError(f"{op_id}: unknown paginate keys {sorted(unknown)}")
    style = str(raw["style"])
    param = str(raw.get("param") or {"page": "page", "offset": "offset"}.get(style, ""))
    size = str(raw.get("size") or "limit")
    query = {p.name for p in method.query_params}
    for needed in (param, size):
        if needed not in query:
            raise PlanError(f"{op_id}: paginate needs the query parameter {needed!r}")
    items = method.returns[0] if isinstance(method.returns, list) else method.returns
    annotation = method.return_annotation
    if isinstance(method.returns, list):
        annotation = annotation[len("tuple[") :].split(", ")[0]
    match = re.fullmatch(r"list\[(.+)\]", annotation)
    if not match or items is None:
        raise PlanError(f"{op_id}: paginate needs returns to give a list (got {annotation})")
    return Paginate(
        style=style,
        iterator=str(raw.get("iterator") or f"iter_{method.name}"),
        size=size,
        param=param,
        total=str(raw.get("total") or "total"),
        take=str(raw.get("take") or "last"),
        reverse=bool(raw.get("reverse", False)),
        item=match.group(1),
    )


# ---------------------------------------------------------------------------------------------
# Rendering


def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pyrepr"] = repr
    env.filters["docwrap"] = docwrap
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False)
    env.filters["builtin_list"] = lambda text: re.sub(r"(?<![\w.])list\[", "builtins.list[", text)
    return env


def docwrap(text: str, indent: int = 8, width: int = 96) -> str:
    """Reflow ``text`` (paragraphs kept) for a docstring indented by ``indent`` spaces."""
    import textwrap

    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text.strip())]
    lines: list[str] = []
    for index, paragraph in enumerate(p for p in paragraphs if p):
        if index:
            lines.append("")
        lines.extend(textwrap.wrap(paragraph, width - indent, break_on_hyphens=False))
    pad = " " * indent
    return ("\n").join(lines[:1] + [pad + line if line else "" for line in lines[1:]])


def _model_names(text: str, known: set[str]) -> set[str]:
    return {word for word in re.findall(r"[A-Za-z_]\w*", text) if word in known}


def _runtime_models(method: Method) -> list[str]:
    """The models a method's body reads when it runs: its request model, its query enums."""
    names = {method.body_model} if method.body_model else set()
    names |= {p.kind for p in method.query_params if p.enum}
    return sorted(names)


def _grouped(pairs: Iterable[Iterable[str]]) -> dict[str, list[str]]:
    """{module: sorted names} of (module, name) pairs: what a resource's lazy namespaces hold."""
    groups: dict[str, set[str]] = {}
    for module, name in pairs:
        groups.setdefault(module, set()).add(name)
    return {module: sorted(names) for module, names in sorted(groups.items())}


def render_resources(resources: list[Resource], package_dir: Path, target: Path) -> None:
    """Write the async resource modules and the client's resource mixin into ``target``."""
    package = import_package(package_dir)
    try:
        known = set(importlib.import_module(package.__name__ + ".models").__all__)
    finally:
        forget_package(package)
    env = _environment()
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(
        env.get_template("package_init.py.jinja").render(), encoding="utf-8"
    )
    for resource in resources:
        text = " ".join(
            [m.return_annotation for m in resource.methods]
            + [m.body_model or "" for m in resource.methods]
            + [p.annotation for m in resource.methods for p in m.params]
            + [f.annotation for m in resource.methods for f in m.fields]
            + [p.kind for m in resource.methods for p in m.params if p.enum]
            + [m.paginate.item for m in resource.methods if m.paginate]
            + [m.response_model for m in resource.methods]
        )
        imports = sorted(_model_names(text, known))
        code = env.get_template("resource.py.jinja").render(
            resource=resource,
            imports=imports,
            runtime_models={
                m.name: names for m in resource.methods if (names := _runtime_models(m))
            },
            hook_modules=_grouped(
                hook.split(".", 1) for m in resource.methods for hook in (m.before, m.after) if hook
            ),
        )
        (target / f"{resource.module}.py").write_text(code, encoding="utf-8")
    (target / "client.py").write_text(
        env.get_template("client.py.jinja").render(resources=resources), encoding="utf-8"
    )
    methods = [m for r in resources for m in r.methods]
    whole = {m.response_model for m in methods if m.returns == "."}
    envelopes = {m.response_model for m in methods} - whole
    public = sorted(known - envelopes)
    (package_dir / "public_models.py").write_text(
        env.get_template("public_models.py.jinja").render(public=public), encoding="utf-8"
    )


def render_reference(resources: list[Resource], target: Path) -> None:
    env = _environment()
    target.mkdir(parents=True, exist_ok=True)
    for resource in resources:
        text = env.get_template("reference.md.jinja").render(resource=resource)
        (target / f"{resource.name}.md").write_text(text, encoding="utf-8")
    (target / "README.md").write_text(
        env.get_template("reference_index.md.jinja").render(resources=resources), encoding="utf-8"
    )


def render_wire_tests(resources: list[Resource], target: Path) -> None:
    env = _environment()
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text("", encoding="utf-8")
    (target / "wire_harness.py").write_text(
        env.get_template("wire_harness.py.jinja").render(), encoding="utf-8"
    )
    for resource in resources:
        text = env.get_template("wire_test.py.jinja").render(
            resource=resource, cases=[_wire_case(m) for m in resource.methods]
        )
        (target / f"test_{resource.name}_wire.py").write_text(text, encoding="utf-8")


SAMPLE_UUID = "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"


def _sample(param: Param) -> Any:
    if param.example is not None:
        return param.example
    if param.is_uuid:
        return SAMPLE_UUID
    if param.location == "path":
        return "example-id"
    if param.default not in (None, "None"):
        return None  # leave it to the default
    return {"int": 1, "str": "x", "bool": True, "float": 1.5}.get(param.kind)


def _wire_case(method: Method) -> dict[str, Any]:
    args = [_sample(p) for p in method.path_params]
    query_args = {}
    for p in method.query_params:
        if p.required or (p.default == "None" and p.kind in ("int", "str", "bool", "float")):
            value = _sample(p)
            if value is not None and not p.enum:
                query_args[p.name] = value
    expected = {
        p.wire: _query_text(query_args[p.name]) for p in method.query_params if p.name in query_args
    }
    for p in method.query_params:
        if p.name not in query_args and p.default not in (None, "None") and not p.enum:
            expected[p.wire] = _query_text(ast.literal_eval(p.default))
    return {
        "method": method,
        "args": args,
        "query_args": query_args,
        "expected_query": expected,
        "expected_path": _expected_path(method, args),
        "sent_body": method.request_example
        if method.request_example is not None
        else ({} if method.before else None),
    }


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _expected_path(method: Method, args: list[Any]) -> str:
    from urllib.parse import quote

    path = method.path
    for param, value in zip(method.path_params, args, strict=True):
        path = path.replace("{" + param.wire + "}", quote(str(value), safe=""))
    return path
