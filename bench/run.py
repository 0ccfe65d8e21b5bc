"""`make bench`: what the SDK costs on top of raw httpx2, measured side by side in one run.

Four measurements (docs/performance.md explains how to read them):

1. CPU time per call, SDK vs raw httpx2 doing the same request (bench/scenarios.py), paired
   round by round: each round times both sides back to back (alternating which goes first) and
   yields one ratio; we print the median ratio and its range over ``--rounds`` rounds (≥ 15).
2. With ``--valgrind`` (``make bench VALGRIND=1``): instructions per call under callgrind, which do
   not depend on the machine's load: one process sets up and warms every scenario, then runs
   each side as its own marked phase (bench/callgrind.py).
3. First call ready: fresh processes doing import + construct + one call, against
   ``import httpx2, pydantic`` and against that plus a bare httpx2 call (the target's baseline),
   and pydantic's own floor (that call's answer parsed into a one-field model, no SDK). Child CPU
   time (user + sys), median over the rounds, net of a bare interpreter's start-up; with
   ``--valgrind`` (or ``--instructions-only``) also each whole process's instructions.
4. The dev server's throughput for signed reads and writes at 50 concurrent clients
   (bench/devserver_bench.py, real HTTP on loopback).

    python bench/run.py [--rounds 17] [--valgrind] [--no-devserver] [--only get,list]
    python bench/run.py --instructions-only [--only create]   # callgrind counts alone
    python bench/run.py --first-call-only [--rounds 15] [--valgrind]  # fresh processes alone
    ... --clean-venv   # the first call also in a new venv holding only openspawn and its deps
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import callgrind  # noqa: E402
import scenarios  # noqa: E402
from scenarios import SCENARIOS, Scenario  # noqa: E402

FIRST_CALL_TARGET = 1.5
# Alternations of the two sides within one round (`--blocks`). One block per side per round is
# the figure kept (comparable with every earlier round); ten blocks narrow the range but charge
# each switch between the two workloads, which costs the SDK side more (docs/performance.md).
BLOCKS_PER_ROUND = 1

# --- 1. paired CPU rounds -------------------------------------------------------------------


def cpu_rounds(
    chosen: list[Scenario], rounds: int, blocks: int = BLOCKS_PER_ROUND
) -> dict[str, dict[str, list[float]]]:
    """Per scenario: µs of CPU per call for each side, and the paired ratio, per round.

    Each round times both sides back to back, the first side alternating; with
    ``blocks`` above 1 a round splits each side's calls into that many blocks and
    alternates the sides block by block. The round's ratio is the SDK's total over raw's.
    """
    sides = {s.key: scenarios.build(s) for s in chosen}
    out: dict[str, dict[str, list[float]]] = {
        s.key: {"raw": [], "sdk": [], "ratio": []} for s in chosen
    }
    for r in range(rounds):
        for s in chosen:
            raw, sdk = sides[s.key]
            splits = max(1, min(blocks, s.units))
            took = {"raw": 0.0, "sdk": 0.0}
            calls = 0
            for b in range(splits):
                units = s.units // splits
                calls += units * s.calls_per_unit
                for name in ("raw", "sdk") if (r + b) % 2 == 0 else ("sdk", "raw"):
                    run = raw if name == "raw" else sdk
                    gc.collect()
                    start = time.process_time()
                    run(units)
                    took[name] += time.process_time() - start
            out[s.key]["raw"].append(took["raw"] / calls * 1e6)
            out[s.key]["sdk"].append(took["sdk"] / calls * 1e6)
            out[s.key]["ratio"].append(took["sdk"] / took["raw"])
    return out


# --- 2. instructions under callgrind ----------------------------------------------------------


def _instruction_units(s: Scenario) -> int:
    # Counts are deterministic: a quarter of a CPU round's calls is plenty, and callgrind is slow.
    return max(1, s.units // 4)


def _child(keys: list[str]) -> None:
    """Inside callgrind: set up and warm the scenarios, then one marked phase per side."""
    chosen = [scenarios.BY_KEY[k] for k in keys]
    built = {s.key: scenarios.build(s) for s in chosen}
    callgrind.mark()
    for s in chosen:
        raw, sdk = built[s.key]
        raw(_instruction_units(s))
        callgrind.mark()
        sdk(_instruction_units(s))
        callgrind.mark()


def instruction_counts(chosen: list[Scenario]) -> dict[str, tuple[float, float]]:
    """Per scenario: instructions per call (raw, sdk), from one process under callgrind."""
    counts = callgrind.phases(Path(__file__), ["--child", ",".join(s.key for s in chosen)])
    if len(counts) != 2 * len(chosen):
        raise SystemExit(f"bench: expected {2 * len(chosen)} callgrind phases, got {len(counts)}")
    result = {}
    for i, s in enumerate(chosen):
        calls = _instruction_units(s) * s.calls_per_unit
        result[s.key] = (counts[2 * i] / calls, counts[2 * i + 1] / calls)
    return result


# --- 3. first call ready ----------------------------------------------------------------------

_HANDLER = f"""
import httpx2
BODY = {scenarios.ANSWERS[("GET", f"/api/v1/agents/{scenarios.AGENT_ID}")][1]!r}
def handler(request):
    return httpx2.Response(200, content=BODY, headers={{"content-type": "application/json"}})
"""
FIRST_CALL = {
    "interpreter": "pass",
    "import httpx2, pydantic": "import httpx2, pydantic",
    "+ bare httpx2 call": "import pydantic\n"
    + _HANDLER
    + f"""
client = httpx2.Client(transport=httpx2.MockTransport(handler))
client.get("{scenarios.BASE}/api/v1/agents/{scenarios.AGENT_ID}",
           headers={{"Accept": "application/json"}}).json()
""",
    # pydantic's own floor: what any answer parsed into a pydantic model costs first (importing
    # BaseModel, its fields and types modules, the plugin scan, one model of one field).
    "+ the first pydantic model": "from pydantic import BaseModel\n"
    + _HANDLER
    + f"""
client = httpx2.Client(transport=httpx2.MockTransport(handler))
body = client.get("{scenarios.BASE}/api/v1/agents/{scenarios.AGENT_ID}",
                  headers={{"Accept": "application/json"}}).content
class Answer(BaseModel):
    data: dict
Answer.model_validate_json(body)
""",
    # Below even that: the cheapest way any pydantic model can hold the answer, its schema never
    # built (defer_build) and the answer put in unvalidated (model_construct), so no validator,
    # no plugin scan. An SDK that checks its answers cannot get under this.
    "+ a pydantic model, unvalidated": "from pydantic import BaseModel, ConfigDict\n"
    + _HANDLER
    + f"""
client = httpx2.Client(transport=httpx2.MockTransport(handler))
body = client.get("{scenarios.BASE}/api/v1/agents/{scenarios.AGENT_ID}",
                  headers={{"Accept": "application/json"}}).json()
class Answer(BaseModel):
    model_config = ConfigDict(defer_build=True)
    data: dict
Answer.model_construct(data=body["data"])
""",
    "openspawn: import + construct + agents.get": _HANDLER
    + f"""
from openspawn import BikiniBottomClient
client = BikiniBottomClient("{scenarios.BASE}", agent_id="research-lead",
    secret="{scenarios.SECRET}", http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))
client.agents.get("{scenarios.AGENT_ID}")
""",
}


def _child_env(pycache: str) -> dict[str, str]:
    """The children read compiled bytecode, as from an installed wheel (pip compiles it).

    Without this, PYTHONDONTWRITEBYTECODE (or a read-only tree) makes every child compile the
    SDK's sources from scratch while httpx2 and pydantic come precompiled from site-packages,
    which inflates the SDK's side (2.45× instead of 1.87× on the same tree). The bytecode goes to
    a temporary PYTHONPYCACHEPREFIX, for both sides alike, so nothing is written into the tree.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _child_cpu(code: str, env: dict[str, str], python: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of a fresh ``python`` interpreter running ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([python, "-c", code], check=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def first_call(rounds: int, python: str = sys.executable) -> dict[str, tuple[float, float]]:
    """Median (CPU ms, wall ms) per script, the scripts' order rotating round by round."""
    names = list(FIRST_CALL)
    cpu: dict[str, list[float]] = {n: [] for n in names}
    wall: dict[str, list[float]] = {n: [] for n in names}
    with tempfile.TemporaryDirectory(prefix="openspawn-bench-pycache-") as pycache:
        env = _child_env(pycache)
        for name in names:  # untimed: compiles every module each side imports
            _child_cpu(FIRST_CALL[name], env, python)
        for r in range(rounds):
            for name in names[r % len(names) :] + names[: r % len(names)]:
                c, w = _child_cpu(FIRST_CALL[name], env, python)
                cpu[name].append(c * 1e3)
                wall[name].append(w * 1e3)
    return {n: (statistics.median(cpu[n]), statistics.median(wall[n])) for n in names}


def first_call_instructions(python: str = sys.executable) -> dict[str, int]:
    """Instructions of each first-call script's whole process under callgrind (load-independent)."""
    with tempfile.TemporaryDirectory(prefix="openspawn-bench-pycache-") as pycache:
        env = _child_env(pycache)
        for code in FIRST_CALL.values():  # uncounted: compiles every module each side imports
            subprocess.run([python, "-c", code], check=True, env=env)
        return {
            name: callgrind.whole_process(["-c", code], env, python)
            for name, code in FIRST_CALL.items()
        }


def clean_venv(where: str) -> str:
    """The python of a new venv holding only this package and its dependencies (`pip install .`).

    What a user's fresh install has. It matters to the first call: pydantic's plugin scan, run
    when the first validator is built, reads every installed distribution's entry points, and
    the development venv holds over a hundred (test, lint and docs tools).
    """
    venv = Path(where) / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    pip = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(HERE.parent)]
    done = subprocess.run(pip, capture_output=True, text=True)
    if done.returncode != 0:  # pip's own warnings are noise here, its errors are not
        raise SystemExit(f"bench: pip install into the clean venv failed:\n{done.stderr}")
    return python


# --- report -----------------------------------------------------------------------------------


def _verdict(value: float, target: float | None) -> str:
    if target is None:
        return "(no target)"
    return f"≤ {target:.2f}  {'ok' if value <= target else 'OVER'}"


def report_cpu(chosen: list[Scenario], data: dict[str, dict[str, list[float]]]) -> None:
    print(f"CPU time per call, paired rounds ({len(data[chosen[0].key]['ratio'])} rounds)")
    print(f"{'call':<42}{'raw µs':>8}{'SDK µs':>8}  {'ratio median [range]':<22}  target")
    for s in chosen:
        d = data[s.key]
        ratio = statistics.median(d["ratio"])
        spread = f"{ratio:.2f} [{min(d['ratio']):.2f}–{max(d['ratio']):.2f}]"
        target = s.cpu_target if s.cpu_target is not None else None
        print(
            f"{s.name:<42}{statistics.median(d['raw']):>8.1f}{statistics.median(d['sdk']):>8.1f}"
            f"  {spread:<22}  {_verdict(ratio, target)}"
        )


def report_instructions(chosen: list[Scenario], data: dict[str, tuple[float, float]]) -> None:
    print("\nInstructions per call under callgrind (load-independent)")
    print(f"{'call':<42}{'raw k':>9}{'SDK k':>9}{'extra k':>9}  {'ratio':>6}  target")
    for s in chosen:
        raw, sdk = data[s.key]
        ratio = sdk / raw
        print(
            f"{s.name:<42}{raw / 1e3:>9.1f}{sdk / 1e3:>9.1f}{(sdk - raw) / 1e3:>9.1f}"
            f"  {ratio:>6.3f}  {_verdict(ratio, s.instructions_target)}"
        )


def report_first_call(data: dict[str, tuple[float, float]], rounds: int) -> None:
    print(f"\nFirst call ready, fresh processes (median of {rounds}; ms)")
    start_cpu = data["interpreter"][0]
    print(f"{'process':<44}{'CPU':>8}{'net CPU':>9}{'wall':>8}")
    for name, (cpu, wall) in data.items():
        print(f"{name:<44}{cpu:>8.1f}{cpu - start_cpu:>9.1f}{wall:>8.1f}")
    _first_call_ratios({name: cpu - start_cpu for name, (cpu, _) in data.items()}, "net CPU")


def _first_call_ratios(net: dict[str, float], unit: str, digits: int = 2) -> None:
    ours = net["openspawn: import + construct + agents.get"]
    bare = net["+ bare httpx2 call"]
    floor = net["+ the first pydantic model"]
    unvalidated = net["+ a pydantic model, unvalidated"]
    print(
        f"ratio ({unit}) vs `import httpx2, pydantic` + bare call: {ours / bare:.{digits}f}  "
        f"{_verdict(ours / bare, FIRST_CALL_TARGET)};  vs the import alone: "
        f"{ours / net['import httpx2, pydantic']:.{digits}f}"
        f"\n  pydantic's floor (the answer parsed into a one-field model, no SDK) is "
        f"{floor / bare:.{digits}f} of that baseline (unvalidated, schema never built: "
        f"{unvalidated / bare:.{digits}f}); openspawn adds "
        f"{(ours - floor) / bare:.{digits}f} above it"
    )


def report_first_call_instructions(counts: dict[str, int]) -> None:
    print("\nFirst call ready, instructions of the whole process under callgrind (M)")
    start = counts["interpreter"]
    print(f"{'process':<44}{'total':>8}{'net':>9}")
    for name, total in counts.items():
        print(f"{name:<44}{total / 1e6:>8.1f}{(total - start) / 1e6:>9.1f}")
    net = {name: total - start for name, total in counts.items()}
    _first_call_ratios(net, "net instructions", digits=3)


def report_first_calls(rounds: int, *, cpu: bool, instructions: bool, clean: bool) -> None:
    """The first-call reports asked for, in this venv and, with ``clean``, in a clean one."""

    def report(python: str) -> None:
        if cpu:
            report_first_call(first_call(rounds, python), rounds)
        if instructions:
            report_first_call_instructions(first_call_instructions(python))

    report(sys.executable)
    if clean:
        print("\n--- in a clean venv (only openspawn and its dependencies)", flush=True)
        with tempfile.TemporaryDirectory(prefix="openspawn-bench-venv-") as where:
            report(clean_venv(where))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="openspawn benchmarks vs raw httpx2")
    parser.add_argument("--rounds", type=int, default=17, help="paired rounds (≥ 15)")
    parser.add_argument("--valgrind", action="store_true", help="also count instructions")
    parser.add_argument(
        "--blocks", type=int, default=BLOCKS_PER_ROUND, help="alternations per CPU round"
    )
    parser.add_argument("--no-devserver", action="store_true")
    parser.add_argument(
        "--only", help="comma-separated scenario keys: " + ",".join(scenarios.BY_KEY)
    )
    parser.add_argument(
        "--instructions-only",
        action="store_true",
        help="only the callgrind counts, per call and first call (no CPU rounds or dev server)",
    )
    parser.add_argument(
        "--first-call-only",
        action="store_true",
        help="only the first-call-ready rounds (fresh processes; no per-call rounds or dev server)",
    )
    parser.add_argument(
        "--clean-venv",
        action="store_true",
        help="repeat the first call in a new venv holding only this package and its dependencies",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child.split(","))
        return 0
    chosen = [scenarios.BY_KEY[k] for k in args.only.split(",")] if args.only else SCENARIOS
    print(
        "openspawn vs raw httpx2 (same requests, in-process MockTransport; lower ratio is better)"
        f"\npython {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs\n"
    )
    if args.instructions_only:
        report_instructions(chosen, instruction_counts(chosen))
        report_first_calls(args.rounds, cpu=False, instructions=True, clean=args.clean_venv)
        return 0
    if args.first_call_only:
        report_first_calls(args.rounds, cpu=True, instructions=args.valgrind, clean=args.clean_venv)
        return 0
    report_cpu(chosen, cpu_rounds(chosen, args.rounds, args.blocks))
    if args.valgrind:
        report_instructions(chosen, instruction_counts(chosen))
    else:
        print("\n(instruction counts: `make bench VALGRIND=1`, a few minutes under callgrind)")
    report_first_calls(args.rounds, cpu=True, instructions=args.valgrind, clean=args.clean_venv)
    if not args.no_devserver:
        print("\nDev server throughput (50 concurrent clients, loopback HTTP):", flush=True)
        subprocess.run([sys.executable, str(HERE / "devserver_bench.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
