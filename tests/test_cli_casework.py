"""The casework commands of `cordiale` (issue: casework, "Running it"): migrate, createuser,
import, export, replay, audit verify, evidence, demo and serve; bad input exits 2 naming the
argument or field, a changed replay 3, a broken audit chain 4; nothing is half-written."""

from __future__ import annotations

import io
import json
import socket
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.utils import timezone

from cordiale.accounts.models import Role, Team, User
from cordiale.audit.models import AuditEntry
from cordiale.casework import at_rest, demo, evidence
from cordiale.casework.facts_store import FactChange
from cordiale.casework.models import Case, Decision
from cordiale.casework.services import decide, update_facts
from cordiale.cli import main
from tests.builders import create_registered_case, create_team, create_user

pytestmark = pytest.mark.django_db

CAPTURE = pytest.CaptureFixture[str]
EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "cordiale" / "examples"
SEED_FILE = EXAMPLES / "01-calais-sudanese-adult.yaml"
UK_CHILD_FILE = EXAMPLES / "02-uam-brother-in-uk-2019.yaml"


def _caseworker(name: str = "alice") -> User:
    return create_user(Role.CASEWORKER, create_team("Dublin unit Calais"), name=name)


# --- migrate, createuser -----------------------------------------------------------------


def test_migrate_reports_and_is_repeatable(capsys: CAPTURE) -> None:
    assert main(["migrate"]) == 0
    assert "0 migration(s) applied" in capsys.readouterr().out


def test_createuser_prints_a_generated_password_stored_hashed(capsys: CAPTURE) -> None:
    create_team("Dublin unit Calais")
    assert main(["createuser", "bob", "--role", "caseworker", "--team", "Dublin unit Calais"]) == 0
    out = capsys.readouterr().out
    password = out.split("password: ", 1)[1].split()[0]
    user = User.objects.get(username="bob")
    assert (user.role, user.team.name if user.team else None) == (
        "caseworker",
        "Dublin unit Calais",
    )
    assert user.password != password
    assert user.check_password(password)
    assert AuditEntry.objects.filter(action="admin", object_id="bob").exists()


def test_createuser_reads_the_password_from_stdin_and_checks_it(
    capsys: CAPTURE, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    argv = ["createuser", "root2", "--role", "administrator", "--team", "Admin", "--create-team"]
    assert main([*argv, "--password-stdin"]) == 2
    assert "password" in capsys.readouterr().err
    assert not User.objects.filter(username="root2").exists()
    assert not Team.objects.filter(name="Admin").exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long demo passphrase 42\n"))
    assert main([*argv, "--password-stdin"]) == 0
    assert "password:" not in capsys.readouterr().out  # nothing to show
    admin = User.objects.get(username="root2")
    assert admin.check_password("a long demo passphrase 42")
    assert admin.is_staff  # the admin site is the administrator's
    assert admin.team is not None
    assert admin.team.kind == Team.Kind.ADMINISTRATION


def test_createuser_bad_input_names_the_argument(capsys: CAPTURE) -> None:
    create_team("Dublin unit Calais")
    assert main(["createuser", "carl", "--role", "caseworker", "--team", "Lille"]) == 2
    err = capsys.readouterr().err
    assert "--team 'Lille'" in err
    assert "Dublin unit Calais" in err  # the known teams are listed
    _caseworker("dora")
    assert main(["createuser", "dora", "--role", "caseworker", "--team", "Dublin unit Calais"]) == 2
    assert "USERNAME 'dora'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["createuser", "eve", "--role", "boss", "--team", "Dublin unit Calais"])
    assert exited.value.code == 2
    assert "--role" in capsys.readouterr().err


# --- import, export ----------------------------------------------------------------------


def test_import_creates_cases_and_reports_the_proposal(capsys: CAPTURE) -> None:
    _caseworker()
    assert main(["import", str(SEED_FILE), str(UK_CHILD_FILE), "--as", "alice"]) == 0
    out = capsys.readouterr().out
    assert "imported CAL-2025-0001" in out
    assert "Art. 13(2), Reg. 604/2013" in out
    case = Case.objects.get(reference="CAL-2025-0001")
    assert (case.responsible_state, case.team.name) == ("FR", "Dublin unit Calais")
    assert Case.objects.filter(reference="CAL-2019-0107").exists()


def test_import_of_a_bad_file_names_the_field_and_imports_nothing(
    tmp_path: Path, capsys: CAPTURE
) -> None:
    _caseworker()
    bad = tmp_path / "bad.yaml"
    bad.write_text('version: "1"\nreference: X-1\napplicant: {sex: robot}\n', encoding="utf-8")
    assert main(["import", str(SEED_FILE), str(bad), "--as", "alice"]) == 2
    err = capsys.readouterr().err
    assert "applicant.sex" in err
    assert "robot" in err
    assert "nothing was imported" in err
    assert not Case.objects.exists()


def test_import_refused_halfway_leaves_nothing(capsys: CAPTURE) -> None:
    """The second file's reference is taken: the first, already imported in the same run, is
    rolled back too."""
    user = _caseworker()
    create_registered_case(user, reference="CAL-2019-0107")
    assert main(["import", str(SEED_FILE), str(UK_CHILD_FILE), "--as", "alice"]) == 2
    err = capsys.readouterr().err
    assert "reference" in err
    assert "CAL-2019-0107" in err
    assert list(Case.objects.values_list("reference", flat=True)) == ["CAL-2019-0107"]


def test_import_needs_a_known_user_who_may_import(capsys: CAPTURE) -> None:
    assert main(["import", str(SEED_FILE), "--as", "nobody"]) == 2
    assert "--as nobody" in capsys.readouterr().err
    create_user(Role.ANALYST, name="ana")
    assert main(["import", str(SEED_FILE), "--as", "ana"]) == 2
    assert "analyst" in capsys.readouterr().err
    assert not Case.objects.exists()


def test_export_yaml_round_trips_through_import(tmp_path: Path, capsys: CAPTURE) -> None:
    _caseworker()
    assert main(["import", str(SEED_FILE), "--as", "alice"]) == 0
    capsys.readouterr()
    assert main(["export", "CAL-2025-0001", "--as", "alice"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["applicant"]["nationalities"] == ["SD"]
    assert data["entries"][0]["provenance"]["recorded_by"] == "alice"
    data["reference"] = "CAL-2025-0001-COPY"
    copy = tmp_path / "copy.yaml"
    copy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["import", str(copy), "--as", "alice"]) == 0
    again = Case.objects.get(reference="CAL-2025-0001-COPY")
    assert (again.responsible_state, again.basis) == ("FR", "Art. 13(2), Reg. 604/2013")
    assert AuditEntry.objects.filter(action="export", object_id="CAL-2025-0001").exists()


def test_export_json_to_a_private_file(tmp_path: Path, capsys: CAPTURE) -> None:
    _caseworker()
    main(["import", str(SEED_FILE), "--as", "alice"])
    out = tmp_path / "case.json"
    capsys.readouterr()
    assert (
        main(["export", "CAL-2025-0001", "--as", "alice", "--format", "json", "--out", str(out)])
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["reference"] == "CAL-2025-0001"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.partial"))


def test_export_as_it_stood_and_bad_input(tmp_path: Path, capsys: CAPTURE) -> None:
    user = _caseworker()
    case = create_registered_case(user, reference="FR-1")
    before_change = timezone.now().isoformat()  # registered, no application yet
    update_facts(
        user,
        "FR-1",
        [FactChange("applications", {"state": "FR", "lodged_on": "2026-10-01"}, key="fr-1")],
        expected_version=case.version,
    )
    assert main(["export", "FR-1", "--as", "alice", "--at", before_change]) == 0
    assert "applications" not in yaml.safe_load(capsys.readouterr().out)
    assert main(["export", "FR-1", "--as", "alice"]) == 0
    assert "applications" in yaml.safe_load(capsys.readouterr().out)

    assert main(["export", "FR-1", "--as", "alice", "--at", "2020-01-01"]) == 2
    assert "--at" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["export", "FR-1", "--as", "alice", "--at", "last week"])
    assert exited.value.code == 2
    assert "--at" in capsys.readouterr().err
    stranger = create_user(Role.CASEWORKER, create_team("Dublin unit Lille"), name="lille")
    assert main(["export", "FR-1", "--as", stranger.username]) == 2
    assert "FR-1" in capsys.readouterr().err
    assert main(["export", "FR-1", "--as", "alice", "--out", str(tmp_path / "no" / "x")]) == 2
    assert "--out" in capsys.readouterr().err


# --- replay, audit verify ------------------------------------------------------------------


def _decided_case() -> Decision:
    """Entered Italy irregularly (Eurodac category 2), applied in France a week ago: AMMR
    Art 33(1), a take charge request to Italy."""
    user = _caseworker()
    case = create_registered_case(user, reference="FR-7")
    today = date.today()
    applied, entered = (today - timedelta(days=7)).isoformat(), (today - timedelta(days=300))
    update_facts(
        user,
        "FR-7",
        [
            FactChange(
                "applications",
                {"state": "FR", "lodged_on": applied, "registered_on": applied},
                key="fr-1",
            ),
            FactChange("entries", {"state": "IT", "on": entered.isoformat(), "mode": "irregular"}),
        ],
        expected_version=case.version,
    )
    case.refresh_from_db()
    proposal = case.responsible_state or case.proposed_state
    return decide(
        user, "FR-7", summary="request to IT", decided_state=proposal, expected_version=case.version
    )


def test_replay_unchanged_exits_0_and_changed_exits_3_naming_the_keys(capsys: CAPTURE) -> None:
    decision = _decided_case()
    assert main(["replay", "FR-7"]) == 0
    out = capsys.readouterr().out
    assert f"decision {decision.pk}" in out
    assert "same" in out
    output: dict[str, Any] = dict(decision.output)
    output["responsible_state"] = "ES"
    Decision.objects.filter(pk=decision.pk).update(output=output)
    assert main(["replay", "FR-7", "--decision", str(decision.pk)]) == 3
    assert "CHANGED: responsible_state" in capsys.readouterr().out


def test_replay_bad_input(capsys: CAPTURE) -> None:
    decision = _decided_case()
    assert main(["replay", "NOPE"]) == 2
    assert "NOPE" in capsys.readouterr().err
    assert main(["replay", "FR-7", "--decision", str(decision.pk + 1000)]) == 2
    err = capsys.readouterr().err
    assert "--decision" in err
    assert str(decision.pk) in err  # the case's decisions are listed


def test_audit_verify_ok_then_a_tampered_entry_exits_4(capsys: CAPTURE) -> None:
    _decided_case()
    count = AuditEntry.objects.count()
    assert main(["audit", "verify"]) == 0
    assert f"OK: the audit chain is intact ({count} entries)" in capsys.readouterr().out
    AuditEntry.objects.filter(seq=2).update(actor="mallory")
    assert main(["audit", "verify"]) == 4
    out = capsys.readouterr().out
    assert "entry 2" in out
    assert "changed" in out


def test_evidence_new_key_then_rekey_seals_the_stored_files(capsys: CAPTURE, settings: Any) -> None:
    user = create_user()
    case = create_registered_case(user)
    stored = evidence.store(
        case, [b"%PDF-1.4 synthetic"], filename="a.pdf", content_type="application/pdf"
    )
    assert main(["evidence", "new-key"]) == 0
    key = capsys.readouterr().out.strip()
    settings.DATA_KEYS = at_rest.parse_keys(key) + list(settings.DATA_KEYS)
    assert main(["evidence", "rekey"]) == 0
    assert "0 file(s) sealed, 1 sealed again with the current key" in capsys.readouterr().out
    blob = evidence.path_of(stored.sha256).read_bytes()
    assert at_rest.sealed_with(blob) == at_rest.key_id(settings.DATA_KEYS[0])
    entry = AuditEntry.objects.order_by("-seq").first()
    assert entry is not None
    assert (entry.action, entry.object_type) == ("change", "evidence")
    evidence.path_of(stored.sha256).unlink()
    assert main(["evidence", "rekey"]) == 1
    assert f"MISSING {stored.sha256}" in capsys.readouterr().out


# --- demo and serve ------------------------------------------------------------------------


def test_demo_without_serving_loads_once_and_keeps_the_passwords(
    tmp_path: Path, capsys: CAPTURE, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.DATA_DIR = tmp_path
    small = demo.load_demo

    def load_small(**kw: Any) -> Any:
        return small(cases=13, **kw)

    monkeypatch.setattr(demo, "load_demo", load_small)
    assert main(["demo", "--no-serve", "--port", "8123"]) == 0
    out = capsys.readouterr().out
    assert "13 cases loaded" in out
    assert "http://127.0.0.1:8123/api/v1/docs" in out
    assert "http://127.0.0.1:8123/admin/" in out
    for username, role, *_ in demo.USERS:
        assert username in out
        assert role in out
    password_file = tmp_path / "demo-users.txt"
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    line = next(li for li in password_file.read_text().splitlines() if li.startswith("admin "))
    assert User.objects.get(username="admin").check_password(line.split()[2])

    assert main(["demo", "--no-serve"]) == 0  # second run: nothing loaded, users shown again
    out = capsys.readouterr().out
    assert "nothing loaded" in out
    assert line in out
    assert Case.objects.count() == 13


def test_serve_refuses_a_port_in_use(capsys: CAPTURE) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    assert f"--port {port}" in capsys.readouterr().err


def test_bad_port_is_refused_by_name(capsys: CAPTURE) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--port", "99999"])
    assert exited.value.code == 2
    assert "--port" in capsys.readouterr().err


@pytest.mark.parametrize(("option", "value"), [("--workers", "0"), ("--threads", "many")])
def test_bad_server_sizes_are_refused_by_name(capsys: CAPTURE, option: str, value: str) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["serve", option, value])
    assert exited.value.code == 2
    assert f"{value!r}: expected a number of {option[2:]} from 1 to 64" in capsys.readouterr().err


def test_serve_passes_its_sizes_to_gunicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Default 2 x cores + 1 processes (at most 12) of 2 threads; both can be set."""
    from cordiale import cli

    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(
        cli, "_run_gunicorn", lambda host, port, w, t, root, url: seen.append((w, t)) or 0
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    monkeypatch.setattr(cli.os, "cpu_count", lambda: 2)
    assert main(["serve", "--port", port]) == 0
    assert main(["serve", "--port", port, "--workers", "3", "--threads", "8"]) == 0
    monkeypatch.setattr(cli.os, "cpu_count", lambda: 32)
    assert main(["serve", "--port", port]) == 0
    assert seen == [(5, 2), (3, 8), (12, 2)]


def test_engine_commands_do_not_load_django() -> None:
    code = (
        "import sys\n"
        "from cordiale.cli import main\n"
        "main(['schema'])\n"
        "assert 'django' not in sys.modules, 'django was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
