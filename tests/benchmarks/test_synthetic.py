"""The benchmark's generator makes valid, consistent, reproducible case files (no timings)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest
from tests.synthetic import SYNTHETIC

from cordiale.law import CaseFileError, determine, facts_from_data, facts_from_json

AS_OF = date(2026, 11, 26)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


synthetic = SYNTHETIC


def _dates(value: Any) -> Iterator[date]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _dates(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dates(item)
    elif isinstance(value, str) and _DATE.match(value):
        yield date.fromisoformat(value)


def test_200_cases_parse_validate_and_determine() -> None:
    for line in synthetic.generate_lines(200, 2026):
        facts = facts_from_json(line)
        result = determine(facts, as_of=AS_OF)
        assert result.reference == facts.reference


def test_every_profile_is_valid() -> None:
    seen: Counter[str] = Counter()
    for profile, data in synthetic.generate_profiled(1500, 7):
        seen[profile] += 1
        facts = facts_from_data(data, source=profile)
        determine(facts, as_of=AS_OF)
    assert set(seen) == {name for name, _ in synthetic.PROFILES}


def test_fixed_seed_gives_identical_output() -> None:
    first = list(synthetic.generate_lines(300, 2026))
    again = list(synthetic.generate_lines(300, 2026))
    other = list(synthetic.generate_lines(300, 2027))
    assert first == again
    assert first != other
    assert [orjson.dumps(c) for c in synthetic.generate_cases(300)] == first  # default seed


def test_dates_are_consistent_and_mix_is_realistic() -> None:
    cases = list(synthetic.generate_cases(2000, 11))
    references = [case["reference"] for case in cases]
    assert len(set(references)) == len(references)
    after_cutover = 0
    for case in cases:
        assert all(day <= synthetic.LAST_EVENT for day in _dates(case)), case["reference"]
        dob = case["applicant"].get("date_of_birth")
        lodged = [date.fromisoformat(app["lodged_on"]) for app in case["applications"]]
        if dob is not None:
            assert date.fromisoformat(dob) < min(lodged)
        here = max(
            date.fromisoformat(app["lodged_on"])
            for app in case["applications"]
            if app["state"] == case["determining_state"]
        )
        assert here >= synthetic.FIRST_APPLICATION  # earlier ones elsewhere may be older
        first = min(lodged)
        if first >= synthetic.AMMR_CUTOVER:
            after_cutover += 1
        else:
            assert first <= synthetic.LAST_DUBLIN3_APPLICATION
    assert 0.01 < after_cutover / len(cases) < 0.06
    from_france = sum(case["determining_state"] == "FR" for case in cases)
    assert from_france / len(cases) > 0.85


def test_bad_records_are_rejected_and_the_others_kept() -> None:
    lines = list(synthetic.generate_lines(300, 2026, bad_every=10))
    good = list(synthetic.generate_lines(300, 2026))
    kinds: Counter[str] = Counter()
    for number, (line, clean) in enumerate(zip(lines, good, strict=True), 1):
        if number % 10:
            assert line == clean
            facts_from_json(line)
            continue
        with pytest.raises(CaseFileError) as caught:
            facts_from_json(line)
        text = str(caught.value)
        kinds[
            "invalid_json"
            if "valid JSON" in text
            else "unknown_state"
            if "'ZZ'" in text
            else "reply_before_request"
            if "replies[" in text
            else text
        ] += 1
    assert kinds == Counter(dict.fromkeys(synthetic.BAD_KINDS, 10))
    assert synthetic.expected_bad(300, 10) == 30


def test_write_jsonl_streams_n_lines(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    size = synthetic.write_jsonl(path, 2500, 3, bad_every=100)
    data = path.read_bytes()
    assert len(data) == size
    lines = data.splitlines()
    assert len(lines) == 2500
    assert lines == list(synthetic.generate_lines(2500, 3, bad_every=100))
