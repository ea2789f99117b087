"""Batch runs: JSON Lines in, JSON Lines out, in order, bad records reported by line."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from cordiale.batch import BatchOptions, determine_line, run_batch
from cordiale.cli import main
from tests.law.builders import case_data


def jsonl(records: list[object]) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


def cases(n: int) -> list[object]:
    return [case_data(reference=f"B-{i}") for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_out_in_input_order(workers: int) -> None:
    out = io.BytesIO()
    summary = run_batch(
        io.BytesIO(jsonl(cases(1200))), out, BatchOptions(as_of=date(2025, 10, 20)), workers=workers
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["reference"] for line in lines] == [f"B-{i}" for i in range(1200)]
    assert [line["line"] for line in lines] == list(range(1, 1201))
    assert summary.records == summary.determined == 1200
    assert summary.errors == 0


def test_bad_records_are_reported_with_their_line_and_the_batch_goes_on() -> None:
    records = cases(3)
    records.insert(1, b'{"version": "1", "reference": ')
    records.insert(3, case_data(reference="bad", determining_state="XX"))
    out = io.BytesIO()
    summary = run_batch(
        io.BytesIO(jsonl(records)), out, BatchOptions(as_of=date(2025, 10, 20)), workers=1
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert summary.records == 5
    assert summary.errors == 2
    assert lines[1]["line"] == 2
    assert "valid JSON" in lines[1]["errors"][0]["expected"]
    assert lines[3]["line"] == 4
    assert lines[3]["errors"][0]["path"] == "determining_state"
    assert lines[4]["reference"] == "B-2"


def test_blank_lines_are_skipped_but_counted_in_line_numbers() -> None:
    data = jsonl(cases(1)) + b"\n" + jsonl(cases(1))
    out = io.BytesIO()
    run_batch(io.BytesIO(data), out, BatchOptions(as_of=date(2025, 10, 20)), workers=1)
    assert [json.loads(x)["line"] for x in out.getvalue().splitlines()] == [1, 3]


def test_batch_command_exit_status(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    target = tmp_path / "out.jsonl"
    source.write_bytes(jsonl(cases(2)))
    assert (
        main(["determine", "--batch", str(source), "--out", str(target), "--as-of", "2025-10-20"])
        == 0
    )
    assert len(target.read_bytes().splitlines()) == 2
    assert "2 records, 2 determined, 0 with errors" in capsys.readouterr().err
    source.write_bytes(jsonl([*cases(1), b"not json"]))
    assert main(["determine", "--batch", str(source), "--out", str(target)]) == 2


def test_unwritable_out_is_a_clear_error(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(cases(1)))
    target = tmp_path / "missing-folder" / "out.jsonl"
    assert main(["determine", "--batch", str(source), "--out", str(target)]) == 2
    assert "--out" in capsys.readouterr().err
    assert not target.exists()


def test_lean_records_have_the_keys_of_the_documented_json() -> None:
    """Batch records without texts are the determination encoded directly: the same data as
    `determination_to_dict(texts=False)`."""
    from cordiale.cli import example_paths
    from cordiale.files import load_case_file
    from cordiale.law import determine
    from cordiale.law.explain.render import determination_to_dict

    options = BatchOptions(as_of=date(2026, 11, 26))
    for path in example_paths():
        facts = load_case_file(path)
        line, ok = determine_line(7, json.dumps(facts.model_dump(mode="json")).encode(), options)
        assert ok
        record = json.loads(line)
        assert record.pop("line") == 7
        expected = determination_to_dict(determine(facts, as_of=options.as_of), texts=False)
        assert record == json.loads(json.dumps(expected))
