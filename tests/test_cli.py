"""The `cordiale` command: explained results, JSON, exit statuses, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cordiale.cli import example_paths, main
from tests.law.builders import case_data


def write_case(tmp_path: Path, name: str = "case.yaml", **overrides: object) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(case_data(**overrides)), encoding="utf-8")
    return path


def test_determine_prints_the_explanation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_case(tmp_path)
    assert main(["determine", str(path), "--as-of", "2025-10-20"]) == 0
    out = capsys.readouterr().out
    assert "Status: determined" in out
    assert "Art. 3(2)" in out


def test_determine_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_case(tmp_path)
    assert main(["determine", str(path), "--as-of", "2025-10-20", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Statut : déterminé" in out or "Statut: déterminé" in out
    assert "État membre responsable" in out


def test_json_has_the_documented_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_case(tmp_path)
    assert main(["determine", str(path), "--as-of", "2025-10-20", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in (
        "regime",
        "status",
        "responsible_state",
        "basis",
        "trace",
        "questions",
        "deadlines",
        "warnings",
    ):
        assert key in data
    assert data["responsible_state"] == "FR"
    assert data["basis"]["article"] == "3"


def test_bad_file_exits_2_and_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_case(tmp_path, applicant={"date_of_birth": "2999-01-01"})
    assert main(["determine", str(path)]) == 2
    err = capsys.readouterr().err
    assert "applicant.date_of_birth" in err
    assert "2999-01-01" in err


def test_good_files_are_still_determined_beside_a_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_case(tmp_path, "good.yaml")
    bad = write_case(tmp_path, "bad.yaml", determining_state="ZZ")
    assert main(["determine", str(bad), str(good), "--as-of", "2025-10-20"]) == 2
    captured = capsys.readouterr()
    assert "determining_state" in captured.err
    assert "TEST-1" in captured.out


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["determine", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml" in capsys.readouterr().err


def test_bad_as_of_is_refused_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["determine", "x.yaml", "--as-of", "31/12/2025"])
    assert exited.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_no_traceback_reaches_the_user(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"version": "1", "reference": 5', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cordiale.cli", "determine", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "valid JSON" in done.stderr


def test_deadlines_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_case(tmp_path)
    assert main(["deadlines", str(path), "--as-of", "2025-10-20", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"reference", "as_of", "regime", "deadlines"}


def test_schema_is_the_case_file_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "CaseFacts"
    assert "applicant" in schema["required"]


def test_every_bundled_example_is_valid_and_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(example_paths()) >= 4
    assert main(["examples", "--run", "--as-of", "2026-11-26"]) == 0
    out = capsys.readouterr().out
    assert out.count("Case CAL-") == len(example_paths())


def test_example_show_and_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    name = example_paths()[0].stem
    assert main(["examples", "--show", name]) == 0
    assert "version:" in capsys.readouterr().out
    assert main(["examples", "--show", "no-such-example"]) == 2


def test_forced_regime_for_comparison(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_case(
        tmp_path, applications=[{"id": "a", "state": "FR", "lodged_on": "2026-08-03"}]
    )
    assert main(["determine", str(path), "--as-of", "2026-08-20", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["regime"] == "ammr"
    assert (
        main(
            [
                "determine",
                str(path),
                "--as-of",
                "2026-08-20",
                "--format",
                "json",
                "--regime",
                "dublin3",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["regime"] == "dublin3"
    assert data["responsible_state"] == "FR"


def test_compare_shows_both_regimes(capsys: pytest.CaptureFixture[str]) -> None:
    path = next(p for p in example_paths() if "sudanese" in p.stem)
    assert main(["compare", str(path), "--as-of", "2026-11-26", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dublin3"]["regime"] == "dublin3"
    assert data["ammr"]["regime"] == "ammr"
    assert isinstance(data["same_proposed_state"], bool)
    assert main(["compare", str(path), "--as-of", "2026-11-26"]) == 0
    assert "Dublin III" in capsys.readouterr().out
