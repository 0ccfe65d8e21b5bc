"""`make lint`: fail when pyright's type completeness of the public API drops below a threshold.

Runs `pyright --verifytypes openspawn --ignoreexternal --outputjson` with the virtualenv's
Python (so pyright sees the installed package), prints the overall score and one score per
public module, and lists the symbols whose types are not fully known. Exits 1 below
`--threshold` (percent, default 98), 2 when pyright itself could not analyse the package.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import sysconfig
from collections import Counter
from pathlib import Path
from typing import Any

PACKAGE = "openspawn"


def run_pyright() -> dict[str, Any]:
    scripts = Path(sysconfig.get_path("scripts"))
    pyright = scripts / ("pyright.exe" if os.name == "nt" else "pyright")
    if not pyright.is_file():
        sys.exit(f"pyright is not installed next to {sys.executable}; run `make install`")
    env = dict(os.environ, PATH=f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}")
    env["VIRTUAL_ENV"] = sys.prefix
    command = [
        str(pyright),
        "--pythonpath",
        sys.executable,
        "--verifytypes",
        PACKAGE,
        "--ignoreexternal",
        "--outputjson",
    ]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    try:
        report: dict[str, Any] = json.loads(out.stdout)
    except json.JSONDecodeError:
        print(out.stdout, out.stderr, sep="\n", file=sys.stderr)
        sys.exit(f"pyright did not answer with JSON (exit {out.returncode})")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threshold", type=float, default=98.0, help="minimum score, percent")
    args = parser.parse_args()

    report = run_pyright()
    completeness = report["typeCompleteness"]
    problems = [d["message"] for d in report.get("generalDiagnostics", [])]
    if not completeness.get("pyTypedPath") or problems:
        print("pyright could not analyse the package:", *problems, sep="\n  ", file=sys.stderr)
        return 2

    exported = [s for s in completeness["symbols"] if s["isExported"]]
    known: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for symbol in exported:
        module = module_of(symbol["name"], completeness["modules"])
        total[module] += 1
        known[module] += symbol["isTypeKnown"]
    score = 100 * completeness["completenessScore"]
    counts = completeness["exportedSymbolCounts"]
    print(
        f"pyright {report['version']} --verifytypes {PACKAGE}: {score:.1f} % "
        f"({counts['withKnownType']} of {sum(counts.values())} exported symbols fully typed; "
        f"threshold {args.threshold:g} %)"
    )
    for module in sorted(total):
        print(f"  {module:<28} {100 * known[module] / total[module]:5.1f} %  ({total[module]})")
    for symbol in exported:
        if not symbol["isTypeKnown"]:
            first = symbol["diagnostics"][0]["message"] if symbol["diagnostics"] else ""
            print(f"  not fully typed: {symbol['name']}: {first.splitlines()[0] if first else ''}")
    if score < args.threshold:
        print(f"type completeness {score:.1f} % is below {args.threshold:g} %", file=sys.stderr)
        return 1
    return 0


def module_of(symbol: str, modules: list[dict[str, Any]]) -> str:
    """The longest public module name that is a prefix of the symbol's full name."""
    names = sorted((m["name"] for m in modules), key=len, reverse=True)
    return next((n for n in names if symbol.startswith(n + ".")), PACKAGE)


if __name__ == "__main__":
    raise SystemExit(main())
