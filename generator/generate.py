"""Generate `src/openspawn/_generated` from openapi.yaml, and the sync twins of the async code.

    .venv/bin/python generator/generate.py [--check] [--spec PATH] [--output DIR] [--sync-output DIR]

Steps: check the spec (YAML, `$ref`s, operationIds, the generator's own constraints, then
openapi-spec-validator), run openapi-python-client 0.29.1 with the templates in `templates/`
into a temporary directory, format with the pinned ruff (isolated: `generator/ruff.toml`), copy
the spec into the package, run `generator/unasync.py` (`src/openspawn/_async` → `_sync`,
`docs/examples/async_` → `docs/examples/sync`), and only then replace the target trees.
Nothing is written when a step fails.

`--check` generates the same way and compares with the committed trees instead (exit 1 and a
diff when they differ). With `--output`, only that package is made, plus `_sync` when
`--sync-output` is given.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import keyword
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = ROOT / "generator"
TEMPLATES = ROOT / "templates"
VERBATIM = TEMPLATES / "verbatim"
CONFIG = GENERATOR_DIR / "config.yaml"
RUFF_CONFIG = GENERATOR_DIR / "ruff.toml"
UNASYNC = GENERATOR_DIR / "unasync.py"
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_OUTPUT = ROOT / "src" / "openspawn" / "_generated"
ASYNC_SOURCE = ROOT / "src" / "openspawn" / "_async"
DEFAULT_SYNC_OUTPUT = ROOT / "src" / "openspawn" / "_sync"
EXAMPLES_ASYNC = ROOT / "docs" / "examples" / "async_"
EXAMPLES_SYNC = ROOT / "docs" / "examples" / "sync"
REFERENCE_DOCS = ROOT / "docs" / "reference"
WIRE_TESTS = ROOT / "tests" / "generated"
README = ROOT / "README.md"
COMPATIBILITY = GENERATOR_DIR / "compatibility.py"
RESOURCES = GENERATOR_DIR / "resources.py"

GENERATOR_VERSION = "0.29.1"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SKIPPED_NAMES = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}
MAX_DIFF_LINES = 300
MAX_REPORTED_ERRORS = 25


class GenerationError(Exception):
    """A problem that stops generation; the message is shown to the user as is."""


# ---------------------------------------------------------------------------------------------
# Tools


def _tool_versions() -> tuple[str, Path]:
    """Check the pinned openapi-python-client and find the venv's ruff (by absolute path)."""
    try:
        import openapi_python_client
    except ImportError as exc:
        raise GenerationError(
            f"openapi-python-client is not installed in {sys.prefix} ({exc}); run `make install`"
        ) from exc
    installed = getattr(openapi_python_client, "__version__", "unknown")
    if installed != GENERATOR_VERSION:
        raise GenerationError(
            f"openapi-python-client {installed} is installed, but the templates are written for "
            f"{GENERATOR_VERSION} exactly (its template context changes between patch releases); "
            f"install openapi-python-client=={GENERATOR_VERSION}"
        )
    scripts = Path(sysconfig.get_path("scripts"))
    ruff = scripts / ("ruff.exe" if os.name == "nt" else "ruff")
    if not ruff.is_file():
        raise GenerationError(f"ruff is not installed next to {sys.executable} ({ruff})")
    pinned = _pinned_ruff_version()
    out = subprocess.run([str(ruff), "--version"], capture_output=True, text=True, check=False)
    found = out.stdout.strip().split()[-1] if out.returncode == 0 and out.stdout.strip() else "?"
    if pinned is not None and found != pinned:
        raise GenerationError(
            f"{ruff} is version {found}, but pyproject.toml pins ruff=={pinned}; the generated "
            "code is formatted by it, so other versions give other bytes. Run `make install`."
        )
    return installed, ruff


def _pinned_ruff_version() -> str | None:
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.is_file():
        return None
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    groups = [
        *data.get("dependency-groups", {}).values(),
        *data.get("project", {}).get("optional-dependencies", {}).values(),
    ]
    for group in groups:
        for requirement in group:
            if not isinstance(requirement, str):  # a PEP 735 {include-group = ...}
                continue
            match = re.fullmatch(r"\s*ruff\s*==\s*([\w.]+)\s*", requirement)
            if match:
                return match.group(1)
    return None


# ---------------------------------------------------------------------------------------------
# Spec checks


@dataclass(frozen=True)
class Located:
    """The spec as data, plus where each JSON pointer is in the file."""

    data: Any
    marks: dict[str, tuple[int, int]]  # JSON pointer -> (line, column), both 1-based
    path: Path

    def where(self, pointer: str) -> str:
        probe = pointer
        while probe not in self.marks and probe:
            probe = probe.rsplit("/", 1)[0]
        line, column = self.marks.get(probe, (1, 1))
        return f"{self.path}:{line}:{column}"


def _escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def _pointer(parts: Any) -> str:
    return "".join("/" + _escape(part) for part in parts)


def _load_yaml(path: Path) -> Located:
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc]
        """Safe loader that keeps dates and times as strings, as a JSON document would."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GenerationError(f"{path}: cannot read the spec: {exc}") from exc

    try:
        node = yaml.compose(text, Loader=Loader)
        data = yaml.load(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        raise GenerationError(f"{where}: invalid YAML: {problem}") from exc
    except yaml.YAMLError as exc:
        raise GenerationError(f"{path}: invalid YAML: {exc}") from exc

    marks: dict[str, tuple[int, int]] = {}
    errors: list[str] = []

    def walk(current: Any, pointer: str) -> None:
        marks.setdefault(pointer, (current.start_mark.line + 1, current.start_mark.column + 1))
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in current.value:
                key = str(key_node.value)
                child = f"{pointer}/{_escape(key)}"
                if key in seen:
                    errors.append(
                        f"{path}:{key_node.start_mark.line + 1}:{key_node.start_mark.column + 1}: "
                        f"invalid YAML: duplicate key {key!r} at {pointer or '/'}"
                    )
                seen.add(key)
                marks.setdefault(
                    child, (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                )
                walk(value_node, child)
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                walk(item, f"{pointer}/{index}")

    if node is not None:
        walk(node, "")
    if errors:
        raise GenerationError("\n".join(errors))
    if not isinstance(data, dict):
        raise GenerationError(f"{path}:1:1: the spec must be a YAML mapping (an OpenAPI document)")
    return Located(data=data, marks=marks, path=path)


def _resolve(document: Any, ref: str) -> bool:
    if not ref.startswith("#"):
        return False
    fragment = ref[1:]
    if fragment in ("", "/"):
        return True
    if not fragment.startswith("/"):
        return False
    from urllib.parse import unquote

    current = document
    for raw in fragment[1:].split("/"):
        token = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return False
    return True


def _walk(value: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield parts, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*parts, index))


def _snake(value: str) -> str:
    from openapi_python_client import strings

    return str(strings.PythonIdentifier(value, prefix="field_"))


def _camel_from_snake(value: str) -> str:
    first, *rest = value.split("_")
    return first + "".join(word.capitalize() for word in rest)


def _check_refs(spec: Located) -> list[str]:
    problems = []
    for parts, value in _walk(spec.data):
        if isinstance(value, dict) and "$ref" in value:
            ref = value["$ref"]
            pointer = _pointer((*parts, "$ref"))
            if not isinstance(ref, str):
                problems.append(f"{spec.where(pointer)}: $ref at {pointer} is not a string")
            elif not ref.startswith("#"):
                problems.append(
                    f"{spec.where(pointer)}: external $ref {ref!r} at {pointer} is not supported "
                    "(keep the whole API in one file)"
                )
            elif not _resolve(spec.data, ref):
                problems.append(
                    f"{spec.where(pointer)}: dangling $ref {ref!r} at {pointer}: "
                    "nothing in the document has that address"
                )
    return problems


def _deref(spec: Located, value: Any) -> Any:
    seen = 0
    while isinstance(value, dict) and isinstance(value.get("$ref"), str) and seen < 50:
        current: Any = spec.data
        for raw in value["$ref"][2:].split("/"):
            current = current[raw.replace("~1", "/").replace("~0", "~")]
        value = current
        seen += 1
    return value


def _check_operations(spec: Located) -> list[str]:
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    paths = spec.data.get("paths")
    if not isinstance(paths, dict):
        return [f"{spec.where('/paths')}: the spec has no `paths` mapping"]
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = _pointer(("paths", path, method))
            where = spec.where(pointer)
            label = f"{method.upper()} {path}"
            op_id = operation.get("operationId")
            if not isinstance(op_id, str) or not op_id:
                problems.append(
                    f"{where}: {label} has no operationId (at {pointer}); every operation needs one: "
                    "it names the generated module and builder"
                )
                continue
            if op_id in seen_ids:
                problems.append(
                    f"{where}: operationId {op_id!r} of {label} is also used by {seen_ids[op_id]}"
                )
            seen_ids[op_id] = label
            if _camel_from_snake(_snake(op_id)) != op_id:
                problems.append(
                    f"{where}: operationId {op_id!r} of {label} must be lowerCamelCase words "
                    f"(it becomes {_snake(op_id)!r} and must convert back exactly)"
                )
            problems.extend(_check_operation_shape(spec, operation, item, pointer, label))
    return problems


def _check_operation_shape(
    spec: Located, operation: dict[str, Any], item: dict[str, Any], pointer: str, label: str
) -> list[str]:
    problems: list[str] = []
    where = spec.where(pointer)
    responses = operation.get("responses") or {}
    if not any(str(code)[:1] == "2" for code in responses):
        problems.append(f"{where}: {label} documents no 2xx response (at {pointer}/responses)")
    body = _deref(spec, operation.get("requestBody"))
    if isinstance(body, dict):
        content = body.get("content") or {}
        json_types = [ct for ct in content if ct == "application/json" or str(ct).endswith("+json")]
        if list(content) != json_types or len(json_types) != 1:
            problems.append(
                f"{spec.where(pointer + '/requestBody')}: {label}: the request body must have exactly "
                f"one JSON content type (found {', '.join(map(str, content)) or 'none'})"
            )
        else:
            schema = (content[json_types[0]] or {}).get("schema")
            target = _deref(spec, schema)
            if not (
                isinstance(schema, dict)
                and "$ref" in schema
                and isinstance(target, dict)
                and target.get("properties") is not None
            ):
                problems.append(
                    f"{spec.where(pointer + '/requestBody')}: {label}: the request body schema must be "
                    "a $ref to an object schema with properties (it becomes the `body` model)"
                )
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _deref(spec, parameter)
        if not isinstance(parameter, dict) or parameter.get("in") != "query":
            continue
        schema = _deref(spec, parameter.get("schema")) or {}
        types = schema.get("type") if isinstance(schema, dict) else None
        types = types if isinstance(types, list) else [types]
        if "array" in types or "object" in types:
            problems.append(
                f"{where}: {label}: query parameter {parameter.get('name')!r} is an "
                f"{'array' if 'array' in types else 'object'}; the generated builders send one "
                "string per query parameter"
            )
    return problems


def _python_fields(schema_name: str, schema: dict[str, Any]) -> Iterator[tuple[str, str, Any, str]]:
    """(label, wire name, property, JSON pointer) of every Python field of a schema's model: its
    properties, and the properties of an `x-python-lift` object property (lifted into it)."""
    base = ("components", "schemas", schema_name, "properties")
    for prop_name, prop in schema["properties"].items():
        yield str(prop_name), str(prop_name), prop, _pointer((*base, prop_name))
        if isinstance(prop, dict) and prop.get("x-python-lift"):
            for sub_name, sub in (prop.get("properties") or {}).items():
                pointer = _pointer((*base, prop_name, "properties", sub_name))
                yield f"{prop_name}.{sub_name}", str(sub_name), sub, pointer


def _check_python_names(spec: Located) -> list[str]:
    problems: list[str] = []
    schemas = (spec.data.get("components") or {}).get("schemas") or {}
    for schema_name, schema in schemas.items():
        if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
            continue
        used: dict[str, str] = {}
        for prop_name, wire_name, prop, pointer in _python_fields(schema_name, schema):
            override = prop.get("x-python-name") if isinstance(prop, dict) else None
            if override is not None and (
                not isinstance(override, str)
                or not override.isidentifier()
                or _snake(override) != override
            ):
                problems.append(
                    f"{spec.where(pointer + '/x-python-name')}: x-python-name {override!r} of "
                    f"{schema_name}.{prop_name} must be a snake_case Python identifier"
                )
                continue
            python_name = override or _snake(wire_name)
            if python_name in used:
                problems.append(
                    f"{spec.where(pointer)}: {schema_name}.{prop_name} and {schema_name}.{used[python_name]} "
                    f"would both be the Python attribute {python_name!r}"
                )
            used[python_name] = str(prop_name)
    return problems


def _check_summaries(spec: Located) -> list[str]:
    """`x-python-summary` (on an array property: the fields list answers carry of each item)
    must name properties of the item's object schema, every required one among them."""
    problems: list[str] = []
    schemas = (spec.data.get("components") or {}).get("schemas") or {}
    for schema_name, schema in schemas.items():
        if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
            continue
        for prop_name, prop in schema["properties"].items():
            if not isinstance(prop, dict) or "x-python-summary" not in prop:
                continue
            pointer = _pointer(("components", "schemas", schema_name, "properties", prop_name))
            where = f"{spec.where(pointer + '/x-python-summary')}: {schema_name}.{prop_name}: x-python-summary"
            carried = prop["x-python-summary"]
            ref = (prop.get("items") or {}).get("$ref") if prop.get("type") == "array" else None
            item_name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None
            item = schemas.get(item_name) if ref == f"#/components/schemas/{item_name}" else None
            if not isinstance(item, dict) or not isinstance(item.get("properties"), dict):
                problems.append(
                    f"{where} belongs on an array property whose items are a $ref to an object "
                    "schema with properties"
                )
            elif item.get("additionalProperties") is False:
                problems.append(
                    f"{where}: {item_name} is a request schema (additionalProperties: false)"
                )
            elif (
                not isinstance(carried, list)
                or not carried
                or not all(isinstance(name, str) for name in carried)
                or len(set(carried)) != len(carried)
            ):
                problems.append(
                    f"{where} must be a non-empty list of distinct property names of {item_name}"
                )
            else:
                unknown = [name for name in carried if name not in item["properties"]]
                missing = [name for name in item.get("required") or [] if name not in carried]
                if unknown:
                    problems.append(
                        f"{where}: {item_name} has no property {', '.join(map(repr, unknown))}"
                    )
                if missing:
                    problems.append(
                        f"{where} leaves out required properties of {item_name}: "
                        f"{', '.join(map(repr, missing))} (list items must carry them)"
                    )
                if f"{item_name}Summary" in schemas:
                    problems.append(
                        f"{where}: the summary class {item_name}Summary would clash with the schema "
                        "of that name"
                    )
    return problems


def _check_openapi(spec: Located) -> list[str]:
    from openapi_spec_validator.shortcuts import get_validator_cls
    from openapi_spec_validator.validation.exceptions import ValidatorDetectError

    try:
        validator = get_validator_cls(spec.data)(spec.data, base_uri=spec.path.resolve().as_uri())
    except ValidatorDetectError:
        return [f"{spec.path}:1:1: not an OpenAPI document (no `openapi: 3.x` version field)"]
    problems = []
    try:
        for error in validator.iter_errors():
            parts = list(
                getattr(error, "absolute_path", None) or getattr(error, "path", None) or []
            )
            pointer = _pointer(parts)
            message = str(getattr(error, "message", error)).splitlines()[0]
            problems.append(
                f"{spec.where(pointer)}: OpenAPI validation error at {pointer or '/'}: {message}"
            )
            if len(problems) >= MAX_REPORTED_ERRORS:
                break
    except Exception as exc:  # the validator raises for documents it cannot even walk
        problems.append(f"{spec.path}: OpenAPI validation failed: {type(exc).__name__}: {exc}")
    return problems


def check_spec(path: Path) -> Located:
    """Return the loaded spec, or raise GenerationError naming every problem and its location."""
    if not path.is_file():
        raise GenerationError(f"{path}: no such spec file")
    spec = _load_yaml(path)
    for check in (
        _check_refs,
        _check_operations,
        _check_python_names,
        _check_summaries,
        _check_openapi,
    ):
        problems = check(spec)
        if problems:
            shown = problems[:MAX_REPORTED_ERRORS]
            more = len(problems) - len(shown)
            raise GenerationError("\n".join(shown + ([f"... and {more} more"] if more else [])))
    return spec


# ---------------------------------------------------------------------------------------------
# Generation


def _run(command: list[str], what: str, cwd: Path | None = None) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        output = "\n".join(part for part in (result.stdout.strip(), result.stderr.strip()) if part)
        raise GenerationError(f"{what} failed (exit {result.returncode}):\n{output}")


def _ruff_commands(ruff: Path) -> list[list[str]]:
    common = ["--config", str(RUFF_CONFIG), "--no-cache", "--quiet"]
    return [[str(ruff), "check", *common, "--fix-only", "."], [str(ruff), "format", *common, "."]]


def _effective_config(ruff: Path, destination: Path) -> Path:
    """generator/config.yaml with its post hooks pointed at the venv's ruff and ruff.toml."""
    import yaml

    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8")) or {}
    hooks = config.get("post_hooks") or []
    config["post_hooks"] = [
        hook.format(ruff=shlex.quote(str(ruff)), ruff_config=shlex.quote(str(RUFF_CONFIG)))
        for hook in hooks
    ]
    destination.write_text(yaml.safe_dump(config, sort_keys=True), encoding="utf-8")
    return destination


def _rename_tag_packages(spec: Located, api_dir: Path) -> None:
    """Give every tag package the name docs/architecture.md promises: the tag in snake_case.

    openapi-python-client appends "_" to a tag that is a Python builtin (`credits` becomes
    `credits_`); a package may well be called `credits`, so take the underscore back off.
    """
    from openapi_python_client import strings

    tags = {
        str(tag)
        for item in (spec.data.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
        for tag in (item[method].get("tags") or ["default"])[:1]
    }
    for tag in sorted(tags):
        generated = str(strings.PythonIdentifier(tag, prefix="tag"))
        wanted = strings.snake_case(tag)
        if generated == wanted or not wanted.isidentifier() or keyword.iskeyword(wanted):
            continue
        if (api_dir / generated).is_dir() and not (api_dir / wanted).exists():
            (api_dir / generated).rename(api_dir / wanted)


def _load_module(path: Path, name: str) -> Any:
    module_spec = importlib.util.spec_from_file_location(name, path)
    if module_spec is None or module_spec.loader is None:
        raise GenerationError(f"cannot load {path}")
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    return module


def _generate_resources(spec: Located, package: Path, workdir: Path, ruff: Path) -> None:
    """The resource layer (async, then its sync twin), the reference docs and the wire tests."""
    resources = _load_module(RESOURCES, "_openspawn_resources")
    try:
        planned = resources.plan(spec.data, package, strict=spec.path == DEFAULT_SPEC)
    except resources.PlanError as exc:
        raise GenerationError(f"{spec.path}: {exc}") from exc
    resources.render_resources(planned, package, package / "_async")
    for command in _ruff_commands(ruff):
        _run(command, f"ruff {command[1]} on the generated resources", cwd=package / "_async")
    _load_unasync().transform_tree(package / "_async", package / "_sync")
    for path in sorted((package / "_sync").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        head, sep, rest = text.partition("\n")
        head = head.replace("src/openspawn/_async/", "src/openspawn/_generated/_async/")
        path.write_text(head + sep + rest, encoding="utf-8")
    resources.render_reference(planned, workdir / "reference")
    _render_compatibility(spec, planned, workdir / "compatibility.md")
    resources.render_wire_tests(planned, workdir / "wire_tests")
    for tree in (package / "_sync", workdir / "wire_tests"):
        for command in _ruff_commands(ruff):
            _run(command, f"ruff {command[1]} on {tree.name}", cwd=tree)


def _render_compatibility(spec: Located, planned: list[Any], target: Path) -> None:
    """The README's per-operation table of behaviour against upstream (generator/compatibility.py)."""
    compatibility = _load_module(COMPATIBILITY, "_openspawn_compatibility")
    by_id = {
        operation["operationId"]: (method, path, operation)
        for path, item in (spec.data.get("paths") or {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, dict)
    }
    rows, seen = [], set()
    for resource in planned:
        for method in resource.methods:
            if method.operation_id in seen or method.operation_id not in by_id:
                continue
            seen.add(method.operation_id)
            http_method, path, operation = by_id[method.operation_id]
            rows.append((f"{resource.name}.{method.name}", http_method, path, operation))
    try:
        target.write_text(compatibility.render(rows), encoding="utf-8")
    except compatibility.CompatibilityError as exc:
        raise GenerationError(f"{spec.path}: {exc}") from exc


def _readme_with_table(table: str) -> str:
    compatibility = _load_module(COMPATIBILITY, "_openspawn_compatibility")
    try:
        return str(compatibility.replace_in(README.read_text(encoding="utf-8"), table))
    except compatibility.CompatibilityError as exc:
        raise GenerationError(f"{README}: {exc}") from exc


def _load_unasync() -> Any:
    module_spec = importlib.util.spec_from_file_location("_openspawn_unasync", UNASYNC)
    if module_spec is None or module_spec.loader is None:
        raise GenerationError(f"cannot load {UNASYNC}")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def generate_into(
    spec_path: Path, workdir: Path, sync_sources: list[Path]
) -> tuple[Path, list[Path | None]]:
    """Generate into ``workdir``: the package dir, and one unasync output per source (None for a
    source that does not exist)."""
    _, ruff = _tool_versions()
    spec = check_spec(spec_path)

    package = workdir / "_generated"
    config = _effective_config(ruff, workdir / "config.yaml")
    _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec_path),
            "--meta",
            "none",
            "--custom-template-path",
            str(TEMPLATES),
            "--config",
            str(config),
            "--fail-on-warning",
            "--overwrite",
            "--output-path",
            str(package),
        ],
        "openapi-python-client",
    )
    for unused in ("client.py", "errors.py"):
        (package / unused).unlink(missing_ok=True)
    # Spec-independent modules the generated ones import, which openapi-python-client has no
    # template for: copied as they are (templates/verbatim/).
    for verbatim in sorted(VERBATIM.glob("*.py")):
        shutil.copyfile(verbatim, package / verbatim.name)
    _rename_tag_packages(spec, package / "api")
    _generate_resources(spec, package, workdir, ruff)
    for leftover in SKIPPED_NAMES:
        for found in package.rglob(leftover):
            shutil.rmtree(found, ignore_errors=True)
    shutil.copyfile(spec_path, package / "openapi.yaml")

    outputs: list[Path | None] = []
    for index, source in enumerate(sync_sources):
        if not source.is_dir():
            outputs.append(None)
            continue
        target = workdir / f"sync_{index}"
        _unasync(source, target, ruff)
        outputs.append(target)
    return package, outputs


def _unasync(source: Path, target: Path, ruff: Path) -> None:
    _load_unasync().transform_tree(source, target)
    if not target.is_dir():
        return
    # unasync.py's header names src/openspawn/_async; say which tree a file really came from.
    default = "src/openspawn/_async/"
    actual = source.relative_to(ROOT).as_posix() + "/" if source.is_relative_to(ROOT) else default
    if actual != default:
        for path in sorted(target.rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            head, sep, rest = text.partition("\n")
            path.write_text(head.replace(default, actual) + sep + rest, encoding="utf-8")
    for command in _ruff_commands(ruff):
        _run(command, f"ruff {command[1]} on the unasync output of {source}", cwd=target)


def _files(tree: Path) -> dict[str, bytes]:
    if not tree.is_dir():
        return {}
    found = {}
    for path in sorted(tree.rglob("*")):
        rel = path.relative_to(tree)
        if any(part in SKIPPED_NAMES for part in rel.parts) or path.suffix == ".pyc":
            continue
        if path.is_file():
            found[rel.as_posix()] = path.read_bytes()
    return found


def _diff(expected: dict[str, bytes], actual: dict[str, bytes], label: str) -> list[str]:
    lines: list[str] = []
    for name in sorted(set(expected) | set(actual)):
        old, new = actual.get(name), expected.get(name)
        if old == new:
            continue
        old_text = (old or b"").decode("utf-8", "replace").splitlines(keepends=True)
        new_text = (new or b"").decode("utf-8", "replace").splitlines(keepends=True)
        header = f"{label}/{name}"
        if old is None:
            lines.append(f"missing (should exist): {header}\n")
        elif new is None:
            lines.append(f"stale (should not exist): {header}\n")
        lines.extend(
            difflib.unified_diff(old_text, new_text, f"committed {header}", f"generated {header}")
        )
    return lines


def _replace_tree(new: Path | None, target: Path) -> None:
    """Make ``target`` an exact copy of ``new`` (or remove it when ``new`` is None)."""
    staging = target.parent / f".{target.name}.new"
    backup = target.parent / f".{target.name}.old"
    for stale in (staging, backup):
        if stale.exists():
            shutil.rmtree(stale)
    if new is not None and new.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(new, staging)
    if target.exists():
        target.rename(backup)
    if staging.exists():
        staging.rename(target)
    if backup.exists():
        shutil.rmtree(backup)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document")
    parser.add_argument("--output", type=Path, default=None, help="the generated package dir")
    parser.add_argument("--sync-output", type=Path, default=None, help="where unasync writes")
    args = parser.parse_args(argv)

    output: Path = args.output or DEFAULT_OUTPUT
    pairs: list[tuple[Path, Path]] = []
    if args.output is None:
        pairs.append((ASYNC_SOURCE, args.sync_output or DEFAULT_SYNC_OUTPUT))
        pairs.append((EXAMPLES_ASYNC, EXAMPLES_SYNC))
    elif args.sync_output is not None:
        pairs.append((ASYNC_SOURCE, args.sync_output))

    try:
        with tempfile.TemporaryDirectory(prefix="openspawn-generate-") as tmp:
            package, made = generate_into(args.spec.resolve(), Path(tmp), [s for s, _ in pairs])
            targets = [(new, target) for new, (_, target) in zip(made, pairs, strict=True)]
            if args.output is None:
                targets.append((Path(tmp) / "reference", REFERENCE_DOCS))
                targets.append((Path(tmp) / "wire_tests", WIRE_TESTS))
            readme = None
            if args.output is None:
                readme = _readme_with_table((Path(tmp) / "compatibility.md").read_text("utf-8"))
            if args.check:
                diff = _diff(_files(package), _files(output), output.name)
                for new, target in targets:
                    if new is not None:
                        diff += _diff(_files(new), _files(target), target.name)
                if readme is not None:
                    diff += _diff(
                        {"README.md": readme.encode()},
                        {"README.md": README.read_bytes()},
                        "compatibility table",
                    )
                if diff:
                    sys.stdout.writelines(diff[:MAX_DIFF_LINES])
                    if len(diff) > MAX_DIFF_LINES:
                        print(f"... ({len(diff) - MAX_DIFF_LINES} more diff lines)")
                    print(
                        "\nThe generated code is out of date with openapi.yaml, the templates or "
                        "the async sources: run `make generate` and commit the result.",
                        file=sys.stderr,
                    )
                    return 1
                print("generated code is up to date")
                return 0
            _replace_tree(package, output)
            for new, target in targets:
                if new is not None:
                    _replace_tree(new, target)
            if readme is not None:
                README.write_text(readme, encoding="utf-8")
    except GenerationError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        print("generate: nothing was written", file=sys.stderr)
        return 1
    written = [output] + [target for new, target in targets if new is not None]
    print("generated " + ", ".join(str(path) for path in written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
