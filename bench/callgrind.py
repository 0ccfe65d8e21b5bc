"""Instruction counts per phase of one process under callgrind (``make bench VALGRIND=1``).

The measured process calls :func:`mark` between phases; callgrind is started with
``--dump-before=os_getppid`` (the C function behind ``os.getppid``, which nothing else on the
measured path calls), so every mark closes a phase and writes its own profile part. Part 1 is
everything before the first mark (start-up, imports, set-up, warm-up), then one part per phase.
Instruction counts do not depend on the machine's load, unlike CPU time.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_TOTAL = re.compile(r"^(?:summary|totals): (\d+)", re.MULTILINE)
_PART = re.compile(r"^part: (\d+)", re.MULTILINE)


def mark() -> None:
    """Close the current phase (a no-op outside callgrind)."""
    os.getppid()


def whole_process(args: list[str], env: dict[str, str], python: str = sys.executable) -> int:
    """Instructions of one whole ``python args`` process (start-up and shutdown included)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        cmd = ["valgrind", "--tool=callgrind", "-q", f"--callgrind-out-file={out}", python]
        subprocess.run([*cmd, *args], check=True, env=dict(env, PYTHONHASHSEED="0"))
        found = _TOTAL.search(out.read_text())
        if found is None:
            raise SystemExit(f"bench: callgrind wrote no total for {args!r}")
        return int(found.group(1))


def phases(script: Path, args: list[str]) -> list[int]:
    """Instructions of each phase of ``python script args`` after the set-up, in order."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "-q",
            "--dump-before=os_getppid",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(script),
            *args,
        ]
        env = dict(os.environ, PYTHONHASHSEED="0")
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        parts: dict[int, int] = {}
        for file in Path(tmp).glob("cg.out*"):
            text = file.read_text()
            part, total = _PART.search(text), _TOTAL.search(text)
            if part and total:
                parts[int(part.group(1))] = int(total.group(1))
    # Part 1 is the set-up; the last part (program termination) closes nothing we measure.
    ordered = [parts[k] for k in sorted(parts)]
    return ordered[1:-1]
