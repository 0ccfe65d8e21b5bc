"""Every Python code block of the documentation site is a tested example, included, not pasted.

A block passes when each of its lines is a pymdownx.snippets include,
`--8<-- "docs/examples/<tested file>.py"` or `...py:<section>`, of a file that
tests/examples/test_guide_examples.py runs against a dev server (and the section exists in it),
or of a file of tests/plugin_example/ (the pytest plugin's example suite, which `make test` runs),
or when the block is in ALLOWED below, with the reason it cannot be a tested example.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```[ \t]*(?P<lang>[\w+-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```",
    re.S | re.M,
)
INCLUDE = re.compile(r'^--8<-- "(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"$')
PYTHON = {"python", "py", "python3", "pycon"}
# docs/reference/ is generated from openapi.yaml: each method's heading is followed by its
# signature, `client.tasks.get(task_id, *, ...) -> Task`, a summary rather than runnable code.
SIGNATURE = re.compile(r"^client\.\w+\.\w+\([^()]*\)( -> [\w\[\], |.]+)?$")


def examples_that_run() -> list[str]:
    """NAMES in tests/examples/test_guide_examples.py: the examples it runs, sync and async."""
    source = (ROOT / "tests" / "examples" / "test_guide_examples.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "NAMES" for t in node.targets
        ):
            names: list[str] = ast.literal_eval(node.value)
            return names
    raise AssertionError("tests/examples/test_guide_examples.py defines no NAMES")


NAMES = examples_that_run()
TESTED = {
    *(f"docs/examples/{folder}/{name}.py" for folder in ("sync", "async_") for name in NAMES),
    "docs/examples/concurrency_async.py",
    # docs/testing.md shows tests written against the plugin's fixtures: they run in `make test`.
    *(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests" / "plugin_example").glob("*.py")),
}

ARCHITECTURE_SKETCH = (
    "def build(<path params as positional str>, *, <query params as keyword args, default None>,"
)
# (page, first line of the block) -> why it is not an included, tested example.
ALLOWED = {
    ("guide.md", "from openspawn import BikiniBottomClient"): (
        "client constructors with placeholder credentials (no I/O); README's Authentication "
        "block, which tests/docs/test_readme.py runs, shows the same constructors"
    ),
    ("architecture.md", ARCHITECTURE_SKETCH): (
        "a signature template of the generated builders, not Python that can run"
    ),
    ("migrating-to-httpx2.md", "import httpx2"): (
        "needs a proxy at proxy:3128; passing an httpx2 client is tested in tests/sdk"
    ),
}


def python_blocks() -> list[tuple[str, str]]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        if "examples" in page.relative_to(DOCS).parts:
            continue
        for match in FENCE.finditer(page.read_text(encoding="utf-8")):
            if match["lang"].lower() in PYTHON:
                body = "\n".join(
                    line.removeprefix(match["indent"]) for line in match["body"].splitlines()
                )
                found.append((page.relative_to(DOCS).as_posix(), body))
    return found


BLOCKS = python_blocks()


def problems_of(page: str, body: str) -> list[str]:
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and (page, lines[0]) in ALLOWED:
        return []
    if page.startswith("reference/") and lines and all(SIGNATURE.match(x) for x in lines):
        return []
    problems = []
    for line in lines:
        include = INCLUDE.match(line)
        if include is None:
            problems.append(f"pasted code, not an include of a tested example: {line!r}")
            continue
        path, section = include["path"], include["section"]
        if path not in TESTED:
            problems.append(f"{path} is not an example that tests/examples runs")
        elif section is not None:
            text = (ROOT / path).read_text(encoding="utf-8")
            for marker in (f"--8<-- [start:{section}]", f"--8<-- [end:{section}]"):
                if marker not in text:
                    problems.append(f"{path} has no {marker!r}")
    return problems


def test_the_site_has_included_examples() -> None:
    assert any(INCLUDE.match(b.strip().splitlines()[0]) for _, b in BLOCKS if b.strip())


@pytest.mark.parametrize(
    ("page", "body"), BLOCKS, ids=[f"{p}#{i}" for i, (p, _) in enumerate(BLOCKS)]
)
def test_python_block_is_a_tested_example(page: str, body: str) -> None:
    assert problems_of(page, body) == []


def test_allow_list_has_no_stale_entries() -> None:
    firsts = {(p, next((x.strip() for x in b.splitlines() if x.strip()), "")) for p, b in BLOCKS}
    assert set(ALLOWED) <= firsts


def test_a_pasted_block_fails() -> None:
    assert problems_of("new.md", "import openspawn\nprint(openspawn.__version__)")
    assert problems_of("new.md", '--8<-- "docs/examples/sync/nowhere.py"')
    assert problems_of("new.md", '--8<-- "docs/examples/sync/quickstart.py:no-such-section"')
    assert not problems_of("new.md", '--8<-- "docs/examples/sync/quickstart.py:raw"')
    assert not problems_of("new.md", '--8<-- "tests/plugin_example/test_reviewer_agent.py"')
    assert problems_of("new.md", '--8<-- "tests/sdk/test_retry.py"')
    signature = "client.tasks.get(task_id, *, ...) -> Task"
    assert not problems_of("reference/tasks.md", signature)
    assert problems_of("guide.md", signature)
    assert problems_of("reference/tasks.md", f"{signature}\nclient.tasks.get('x').delete()")
