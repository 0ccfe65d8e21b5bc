"""`make bench` measures what it says: each scenario's raw httpx2 side sends the very request
the SDK sends (bench/scenarios.py checks headers and body when it builds the pair, and exits if
they differ), both sides run, and every first-call script runs in a fresh interpreter. The
benchmark itself is never timed here (docs/performance.md has its figures)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import run  # noqa: E402
import scenarios  # noqa: E402


@pytest.mark.parametrize("scenario", scenarios.SCENARIOS, ids=lambda s: s.key)
def test_each_scenario_sends_the_same_request_on_both_sides_and_runs(
    scenario: scenarios.Scenario,
) -> None:
    raw, sdk = scenarios.build(scenario)  # raises SystemExit if the two requests differ
    raw(1)
    sdk(1)


@pytest.mark.parametrize("blocks", [1, 10])
def test_the_paired_rounds_give_one_ratio_per_round(blocks: int) -> None:
    chosen = [scenarios.BY_KEY["apikey"]]
    data = run.cpu_rounds(chosen, 2, blocks)["apikey"]
    assert len(data["ratio"]) == len(data["raw"]) == len(data["sdk"]) == 2
    for raw, sdk, ratio in zip(data["raw"], data["sdk"], data["ratio"], strict=True):
        assert raw > 0 and sdk > 0
        assert ratio == pytest.approx(sdk / raw)


@pytest.mark.parametrize("name", list(run.FIRST_CALL))
def test_each_first_call_script_runs_in_a_fresh_interpreter(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", run.FIRST_CALL[name]], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_first_call_report_states_the_target_and_pydantic_floor(
    capsys: pytest.CaptureFixture[str],
) -> None:
    net = {
        "interpreter": 0.0,
        "import httpx2, pydantic": 90.0,
        "+ bare httpx2 call": 100.0,
        "+ the first pydantic model": 148.0,
        "+ a pydantic model, unvalidated": 142.5,
        "openspawn: import + construct + agents.get": 162.0,
    }
    run.report_first_call_instructions({k: int(v * 1e6) for k, v in net.items()})
    out = capsys.readouterr().out
    assert "1.620  ≤ 1.50  OVER" in out
    assert "floor (the answer parsed into a one-field model, no SDK) is 1.480" in out
    assert "(unvalidated, schema never built: 1.425)" in out
    assert "openspawn adds 0.140 above it" in out


def test_the_unvalidated_floor_builds_no_validator_and_scans_no_plugins() -> None:
    # What the report says of it: pydantic's schema is never built, so none of its cost is in it.
    check = (
        "\nimport sys"
        "\nassert type(Answer.__pydantic_validator__).__name__ == 'MockValSer'"
        "\nassert 'pydantic.plugin._loader' not in sys.modules"
    )
    code = run.FIRST_CALL["+ a pydantic model, unvalidated"] + check
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_clean_venv_repeats_the_first_call_reports_with_that_venvs_python(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    used: list[tuple[str, str]] = []
    monkeypatch.setattr(run, "clean_venv", lambda where: f"{where}/venv/bin/python")
    monkeypatch.setattr(run, "first_call", lambda rounds, python: used.append(("cpu", python)))
    monkeypatch.setattr(
        run, "first_call_instructions", lambda python: used.append(("instructions", python))
    )
    monkeypatch.setattr(run, "report_first_call", lambda data, rounds: None)
    monkeypatch.setattr(run, "report_first_call_instructions", lambda counts: None)
    run.report_first_calls(3, cpu=True, instructions=True, clean=True)
    assert [kind for kind, _ in used] == ["cpu", "instructions", "cpu", "instructions"]
    assert used[0][1] == used[1][1] == sys.executable
    assert used[2][1] == used[3][1] != sys.executable
    assert used[2][1].endswith("/venv/bin/python")
    assert "in a clean venv (only openspawn and its dependencies)" in capsys.readouterr().out
