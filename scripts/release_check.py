"""`make release-check`: build the sdist and the wheel once, check them as PyPI and a user would.

1. `python -m build` into `dist/` (emptied first), so what is checked is what would be uploaded.
2. The wheel's and the sdist's file lists: no tests, `py.typed`, the generated code, the license,
   nothing outside the `openspawn` package (the dev server's internals stay in the private
   `openspawn._devserver`), no bytecode; the metadata: version, license expression, project URLs,
   only the `devserver` extra (the contributors' tools are a dependency group, never published).
3. `twine check --strict`.
4. The wheel installed into a fresh virtualenv without extras: it imports, a signed call goes
   through an in-process mock transport, and the dev server says which extra it needs; then with
   `[devserver]`: a dev server starts and a real call goes through it over loopback.

`--tag vX.Y.Z` also checks that the version is the tag's (the publish workflow passes it).
Prints a summary (file counts, size, dependency count) for CONTRIBUTING.md.
"""

from __future__ import annotations

import argparse
import email.parser
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import tomllib
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
PACKAGE = "openspawn"


class ReleaseCheckError(Exception):
    """One of the checks failed; the message says which and what was found."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tag", help="the git tag being released, e.g. v0.3.0")
    args = parser.parse_args()
    try:
        version = project_version()
        if args.tag is not None and args.tag != f"v{version}":
            raise ReleaseCheckError(f"tag {args.tag} does not match the version {version}")
        wheel, sdist = build()
        check_wheel(wheel, version)
        check_sdist(sdist, version)
        run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)])
        dependencies = check_install(wheel)
    except ReleaseCheckError as exc:
        print(f"release-check failed: {exc}", file=sys.stderr)
        return 1
    summarise(wheel, sdist, dependencies)
    return 0


def project_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "src" / PACKAGE / "_version.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def run(command: list[str], *, cwd: Path | None = None) -> str:
    out = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise ReleaseCheckError(
            f"`{' '.join(command)}` exited {out.returncode}:\n{out.stdout}{out.stderr}"
        )
    return out.stdout


def build() -> tuple[Path, Path]:
    shutil.rmtree(DIST, ignore_errors=True)
    run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(DIST), str(ROOT)])
    wheels, sdists = sorted(DIST.glob("*.whl")), sorted(DIST.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise ReleaseCheckError(
            f"expected one wheel and one sdist in dist/, found {wheels + sdists}"
        )
    return wheels[0], sdists[0]


def require(condition: bool, message: str) -> None:
    if not condition:
        raise ReleaseCheckError(message)


def check_files(names: list[str], where: str) -> None:
    """What both archives must (not) contain, given paths relative to the package's parent."""
    package = [n for n in names if n.startswith(f"{PACKAGE}/")]
    require(f"{PACKAGE}/py.typed" in names, f"{where}: no {PACKAGE}/py.typed")
    for needed in ("_generated/types.py", "_generated/models/task.py", "_sync/client.py"):
        require(f"{PACKAGE}/{needed}" in names, f"{where}: generated file {needed} is missing")
    require(
        any(n.startswith(f"{PACKAGE}/_generated/api/tasks/") for n in names),
        f"{where}: the generated endpoint builders are missing",
    )
    require(
        f"{PACKAGE}/devserver/__init__.py" in names and f"{PACKAGE}/_devserver/app.py" in names,
        f"{where}: the dev server is missing",
    )
    leaks = [n for n in package if "/tests/" in n or n.split("/")[-1].startswith("test_")]
    leaks += [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
    leaks += [n for n in names if "conftest" in n]
    require(not leaks, f"{where}: files that must not ship: {leaks[:10]}")
    public_devserver = {n for n in package if n.startswith(f"{PACKAGE}/devserver/")}
    require(
        public_devserver
        == {f"{PACKAGE}/devserver/__init__.py", f"{PACKAGE}/devserver/__main__.py"},
        f"{where}: openspawn.devserver must only hold its public face, found {public_devserver}",
    )


def check_wheel(wheel: Path, version: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = f"{PACKAGE}-{version}.dist-info"
        metadata = email.parser.HeaderParser().parsestr(
            archive.read(f"{info}/METADATA").decode("utf-8")
        )
    outside = {n.split("/")[0] for n in names} - {PACKAGE, info}
    require(not outside, f"wheel: top-level entries outside the package: {sorted(outside)}")
    require(f"{info}/licenses/LICENSE" in names, "wheel: LICENSE is not in the dist-info")
    check_files(names, "wheel")

    require(metadata["Version"] == version, f"wheel: version {metadata['Version']} != {version}")
    require(metadata["License-Expression"] == "MIT", "wheel: License-Expression is not MIT")
    urls = metadata.get_all("Project-URL") or []
    require(len(urls) >= 4, f"wheel: too few Project-URLs: {urls}")
    extras = sorted(metadata.get_all("Provides-Extra") or [])
    declared = sorted(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "optional-dependencies"
        ]
    )
    # The users' extras (devserver, mcp) are published; the contributors' tools never are.
    require(extras == declared, f"wheel: extras {extras} differ from pyproject's {declared}")
    require("dev" not in extras, "wheel: the contributors' 'dev' tools are published as an extra")
    classifiers = metadata.get_all("Classifier") or []
    for needed in ("Typing :: Typed", "Development Status :: "):
        require(any(c.startswith(needed) for c in classifiers), f"wheel: no {needed!r} classifier")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tools = {
        requirement.split("=")[0].split(">")[0].split("[")[0].strip().lower()
        for group in pyproject.get("dependency-groups", {}).values()
        for requirement in group
        if isinstance(requirement, str)
    }
    requires = {
        r.split(";")[0].split(">")[0].split("=")[0].split("[")[0].strip().lower()
        for r in (metadata.get_all("Requires-Dist") or [])
    }
    published_tools = sorted(tools & requires)
    require(not published_tools, f"wheel: contributors' tools are published: {published_tools}")


def check_sdist(sdist: Path, version: str) -> None:
    prefix = f"{PACKAGE}-{version}/"
    with tarfile.open(sdist) as archive:
        names = [m.name for m in archive.getmembers() if m.isfile()]
    require(all(n.startswith(prefix) for n in names), "sdist: entries outside its top folder")
    relative = [n[len(prefix) :] for n in names]
    for needed in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "PKG-INFO"):
        require(needed in relative, f"sdist: {needed} is missing")
    require(
        not any(
            n.startswith(("tests/", "docs/", "generator/", "bench/", "."))
            for n in relative
            if n != ".gitignore"  # hatchling always adds it
        ),
        "sdist: it carries repository-only folders (tests, docs, generator, bench, dot files)",
    )
    check_files([n.removeprefix("src/") for n in relative], "sdist")


USE_WITHOUT_EXTRAS = textwrap.dedent(
    """
    import json
    import httpx2
    import openspawn
    from openspawn import BikiniBottomClient, NotFoundError

    seen = []

    def handler(request):
        seen.append(request)
        if request.url.path.endswith("/agents/00000000-0000-4000-8000-000000000000"):
            return httpx2.Response(404, json={"error": "Agent not found"})
        return httpx2.Response(200, json={"data": []})

    client = BikiniBottomClient(
        base_url="http://127.0.0.1:9", agent_id="talent", secret="ab" * 32,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    assert client.agents.list() == []
    assert seen[0].headers["X-Agent-Id"] == "talent" and seen[0].headers["X-Signature"]
    try:
        client.agents.get("00000000-0000-4000-8000-000000000000")
    except NotFoundError as exc:
        assert exc.status_code == 404, exc
    else:
        raise AssertionError("no NotFoundError")
    try:
        import openspawn.devserver.__main__ as cli
        cli.main(["--host", "127.0.0.1", "--port", "0", "--db", ":memory:"])
    except SystemExit as exc:
        message = str(exc.code)
    except ImportError as exc:
        message = str(exc)
    else:
        message = ""
    print(json.dumps({"version": openspawn.__version__, "devserver": message}))
    """
)

USE_WITH_DEVSERVER = textwrap.dedent(
    """
    from openspawn import BikiniBottomClient
    from openspawn.devserver import DevServer
    from openspawn.models import CreateTaskRequest

    with DevServer() as server:
        hr = next(a for a in server.agents if a["role"] == "hr")
        with BikiniBottomClient(server.base_url, agent_id=hr["agent_id"], secret=hr["secret"]) as c:
            task = c.tasks.create(CreateTaskRequest(title="Ship the wheel"))
            assert c.tasks.get(task.id).title == "Ship the wheel"
    print("ok")
    """
)


def check_install(wheel: Path) -> list[str]:
    """Install into fresh virtualenvs; the distributions installed without extras."""
    with tempfile.TemporaryDirectory(prefix="openspawn-release-check-") as tmp:
        plain = Path(tmp) / "plain"
        python = fresh_venv(plain)
        run([str(python), "-m", "pip", "install", "-q", str(wheel)])
        out = run([str(python), "-c", USE_WITHOUT_EXTRAS], cwd=Path(tmp))
        require(
            "pip install 'openspawn[devserver]'" in out,
            f"without extras: the dev server does not say which extra it needs: {out!r}",
        )
        freeze = run(
            [
                str(python),
                "-m",
                "pip",
                "list",
                "--format=freeze",
                "--exclude",
                "pip",
                "--exclude",
                "setuptools",
            ]
        )
        dependencies = sorted(
            line.split("==")[0] for line in freeze.split() if not line.startswith(PACKAGE + "==")
        )

        full = Path(tmp) / "full"
        python = fresh_venv(full)
        run([str(python), "-m", "pip", "install", "-q", f"{wheel}[devserver]"])
        out = run([str(python), "-c", USE_WITH_DEVSERVER], cwd=Path(tmp))
        require(out.strip() == "ok", f"with [devserver]: unexpected output {out!r}")
    return dependencies


def fresh_venv(path: Path) -> Path:
    run([sys.executable, "-m", "venv", str(path)])
    return path / "bin" / "python"


def summarise(wheel: Path, sdist: Path, dependencies: list[str]) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        unpacked = sum(i.file_size for i in archive.infolist())
    parts: Counter[str] = Counter()
    for name in names:
        bits = name.split("/")
        parts["/".join(bits[:2]) + ("/" if len(bits) > 2 else "")] += 1
    print(
        f"{wheel.name}: {wheel.stat().st_size / 1024:.0f} KiB ({unpacked / 1024:.0f} KiB unpacked)"
    )
    print(f"  {len(names)} files:")
    for part, count in sorted(parts.items()):
        print(f"    {count:4d}  {part}")
    print(f"{sdist.name}: {sdist.stat().st_size / 1024:.0f} KiB")
    print(
        f"without extras pip installs {len(dependencies)} dependencies: {', '.join(dependencies)}"
    )
    print("release-check passed")


if __name__ == "__main__":
    raise SystemExit(main())
