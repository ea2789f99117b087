"""The `cordiale` command.

Exit status: 0 on success, 2 when an input is unusable (the message names the field), 1 when
the command itself failed; `replay` exits 3 when a decision no longer gives the same output,
and `audit verify` exits 4 when the audit chain is broken. Users never see a traceback.

The engine commands (determine, deadlines, compare, schema, examples) never load Django; the
casework commands (migrate, createuser, import, export, replay, audit, evidence, demo, serve)
set it up when they run.
"""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import socket
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import orjson

from cordiale import __version__
from cordiale.files import load_case_file
from cordiale.law.engine import determine
from cordiale.law.errors import CaseFileError
from cordiale.law.explain.render import Language, determination_to_dict, render_determination
from cordiale.law.facts import CaseFacts
from cordiale.law.outcome import Determination, Regime

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_REPLAY_CHANGED = 3  # `replay`: a decision's output is no longer the same
EXIT_AUDIT_BROKEN = 4  # `audit verify`: the audit chain is broken

ROLES = (
    "caseworker",
    "supervisor",
    "uk_liaison",
    "adviser",
    "analyst",
    "auditor",
    "administrator",
)  # cordiale.accounts.models.Role (listed here so the parser does not load Django)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a date as YYYY-MM-DD") from None


def _datetime(text: str) -> datetime:
    """A date (the end of that day) or an ISO date-time; without an offset, the server's
    time zone (Europe/Paris) is applied later."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        pass
    else:
        return datetime.combine(day + timedelta(days=1), datetime.min.time()) - timedelta(
            microseconds=1
        )
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS][+HH:MM]"
        ) from None


def _whole(what: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: `what` (e.g. "a port number"), a whole number from low to high."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r}: expected {what} from {low} to {high}")
        return value

    return parse


_port = _whole("a port number", 1, 65535)


def default_workers() -> int:
    """gunicorn's rule of thumb, 2 x cores + 1 (at most 12): Python runs one thread at a
    time per process, so processes, not threads, use the cores; a few threads per process
    overlap the waits on the database (measured: benchmarks/casework_load.py)."""
    return min(12, 2 * (os.cpu_count() or 1) + 1)


DEFAULT_THREADS = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cordiale",
        description="Which State is responsible for an asylum application, why, and by when.",
    )
    parser.add_argument("--version", action="version", version=f"cordiale {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    det = commands.add_parser("determine", help="determine responsibility for case files")
    det.add_argument("files", nargs="*", type=Path, metavar="FILE", help="YAML or JSON case files")
    _common(det)
    det.add_argument(
        "--batch", type=Path, metavar="JSONL", help="JSON Lines input, one case a line"
    )
    det.add_argument("--out", type=Path, metavar="JSONL", help="output of --batch (default stdout)")
    det.add_argument("--workers", type=int, default=None, help="processes for --batch (all cores)")
    det.add_argument(
        "--texts",
        action="store_true",
        help="with --batch: add the rendered text beside each message key (larger output)",
    )

    dl = commands.add_parser("deadlines", help="the time limits of case files")
    dl.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _common(dl)

    cmp = commands.add_parser("compare", help="the same case under Dublin III and the AMMR")
    cmp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    cmp.add_argument("--as-of", type=_date, default=None, dest="as_of", help="default: today")
    cmp.add_argument("--format", choices=["text", "json"], default="text")
    cmp.add_argument("--lang", choices=["en", "fr"], default="en")

    commands.add_parser("schema", help="print the JSON Schema of the case-file format")

    ex = commands.add_parser("examples", help="list, or run, the bundled example cases")
    ex.add_argument("--run", action="store_true", help="determine every example and explain it")
    ex.add_argument("--lang", choices=["en", "fr"], default="en")
    ex.add_argument("--as-of", type=_date, default=None, dest="as_of")
    ex.add_argument("--show", metavar="NAME", help="print one example case file")
    _casework_commands(commands)
    return parser


def _casework_commands(commands: Any) -> None:
    """The commands of the casework system (Django, database)."""
    commands.add_parser("migrate", help="create or update the database (Django migrations)")

    cu = commands.add_parser("createuser", help="add a user with a role and a team")
    cu.add_argument("username", metavar="USERNAME")
    cu.add_argument("--role", required=True, choices=ROLES)
    cu.add_argument("--team", required=True, metavar="TEAM", help="the team's name")
    cu.add_argument(
        "--create-team",
        action="store_true",
        help="create the team if it does not exist (its kind follows the role)",
    )
    cu.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (default: generate one and print it)",
    )

    imp = commands.add_parser("import", help="import case files (YAML/JSON) as new cases")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--as", dest="as_user", required=True, metavar="USER", help="a caseworker")

    exp = commands.add_parser("export", help="export a case as a case file")
    exp.add_argument("reference", metavar="REFERENCE")
    exp.add_argument("--as", dest="as_user", required=True, metavar="USER")
    exp.add_argument(
        "--at",
        type=_datetime,
        default=None,
        metavar="DATETIME",
        help="the case as it stood then (a date means the end of that day)",
    )
    exp.add_argument("--format", choices=["yaml", "json"], default="yaml")
    exp.add_argument("--out", type=Path, metavar="FILE", help="default: standard output")

    rp = commands.add_parser(
        "replay",
        help="re-run the frozen decisions of a case; exit 3 if any output changed",
    )
    rp.add_argument("reference", metavar="CASE")
    rp.add_argument("--decision", type=int, default=None, metavar="ID", help="only this one")

    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    audit_commands.add_parser(
        "verify", help="check the hash chain; exit 4 and name each broken entry"
    )

    evidence = commands.add_parser(
        "evidence", help="the evidence files: their sealing at rest (AES-256-GCM)"
    )
    evidence_commands = evidence.add_subparsers(
        dest="evidence_command", required=True, metavar="COMMAND"
    )
    evidence_commands.add_parser(
        "new-key", help="print a new data key for CORDIALE_DATA_KEYS (put it first)"
    )
    evidence_commands.add_parser(
        "rekey",
        help="seal every stored file with the first key of CORDIALE_DATA_KEYS (files stored "
        "before sealing, or sealed with an older key); exit 1 if a file is missing or unreadable",
    )

    demo = commands.add_parser(
        "demo",
        help="migrate, load the demo data into an empty database, print the users, serve",
    )
    _server_options(demo)
    demo.add_argument(
        "--no-serve", action="store_true", help="set up and print the users, do not serve"
    )

    serve = commands.add_parser("serve", help="serve the API and admin site (gunicorn)")
    _server_options(serve)


def _server_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=_port, default=8000)
    sub.add_argument(
        "--workers",
        type=_whole("a number of workers", 1, 64),
        default=None,
        help="worker processes (default: 2 x cores + 1, at most 12)",
    )
    sub.add_argument(
        "--threads",
        type=_whole("a number of threads", 1, 64),
        default=DEFAULT_THREADS,
        help=f"threads per worker process (default {DEFAULT_THREADS})",
    )


def _common(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--as-of", type=_date, default=None, dest="as_of", help="default: today")
    sub.add_argument("--format", choices=["text", "json"], default="text")
    sub.add_argument("--lang", choices=["en", "fr"], default="en")
    sub.add_argument(
        "--regime",
        choices=["dublin3", "ammr"],
        default=None,
        help="apply these rules whatever the dates (comparison run)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "determine":
            return _determine(args)
        if args.command == "deadlines":
            return _determine(args, deadlines_only=True)
        if args.command == "compare":
            return _compare(args)
        if args.command == "schema":
            sys.stdout.write(
                orjson.dumps(CaseFacts.model_json_schema(), option=orjson.OPT_INDENT_2).decode()
                + "\n"
            )
            return EXIT_OK
        if args.command == "examples":
            return _examples(args)
        if args.command in _CASEWORK:
            return _casework(args)
    except BrokenPipeError:  # e.g. `cordiale examples --run | head`
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_FAILED
    return EXIT_FAILED  # pragma: no cover - argparse requires a command


def _report(error: CaseFileError) -> None:
    sys.stderr.write(f"cordiale: {error}\n")


def _determine(args: argparse.Namespace, *, deadlines_only: bool = False) -> int:
    as_of = args.as_of or date.today()
    lang = Language(args.lang)
    regime = Regime(args.regime) if args.regime else None
    if getattr(args, "batch", None) is not None:
        return _batch(args, as_of, lang, regime)
    if not args.files:
        sys.stderr.write("cordiale: give at least one case FILE, or --batch JSONL\n")
        return EXIT_BAD_INPUT
    status = EXIT_OK
    outputs: list[str] = []
    for path in args.files:
        try:
            facts = load_case_file(path)
        except CaseFileError as error:
            _report(error)
            status = EXIT_BAD_INPUT
            continue
        result = determine(facts, as_of=as_of, regime=regime)
        outputs.append(_format(result, args.format, lang, deadlines_only))
    if outputs:
        separator = "\n" if args.format == "json" else "\n\n" + "-" * 78 + "\n\n"
        sys.stdout.write(separator.join(outputs) + "\n")
    return status


def _format(result: Determination, fmt: str, lang: Language, deadlines_only: bool) -> str:
    data = determination_to_dict(result, lang)
    if fmt == "json":
        if deadlines_only:
            data = {key: data[key] for key in ("reference", "as_of", "regime", "deadlines")}
        return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()
    if deadlines_only:
        text = render_determination(result, lang)
        head = text.split("\n\n", 1)[0].splitlines()[0]
        marker = "Time limits:" if lang is Language.EN else "Délais :"
        section = text.split(marker, 1)
        body = section[1].split("\n\n", 1)[0] if len(section) > 1 else "\n  -"
        return f"{head}\n{marker}{body}"
    return render_determination(result, lang)


def _compare(args: argparse.Namespace) -> int:
    from cordiale.law.explain.compare import compare_text

    as_of = args.as_of or date.today()
    lang = Language(args.lang)
    status = EXIT_OK
    outputs: list[str] = []
    for path in args.files:
        try:
            facts = load_case_file(path)
        except CaseFileError as error:
            _report(error)
            status = EXIT_BAD_INPUT
            continue
        pair = {regime: determine(facts, as_of=as_of, regime=regime) for regime in Regime}
        if args.format == "json":
            data: dict[str, object] = {
                regime.value: determination_to_dict(pair[regime], lang) for regime in Regime
            }
            same = pair[Regime.DUBLIN3].proposed_state == pair[Regime.AMMR].proposed_state
            data["same_proposed_state"] = same
            outputs.append(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        else:
            outputs.append(compare_text(pair[Regime.DUBLIN3], pair[Regime.AMMR], lang))
    if outputs:
        sys.stdout.write("\n".join(outputs) + "\n")
    return status


def _batch(args: argparse.Namespace, as_of: date, lang: Language, regime: Regime | None) -> int:
    from cordiale.batch import BatchOptions, run_batch

    options = BatchOptions(as_of=as_of, lang=lang, regime=regime, texts=args.texts)
    try:
        source = args.batch.open("rb")
    except OSError as exc:
        sys.stderr.write(f"cordiale: --batch {args.batch}: {exc.strerror}\n")
        return EXIT_BAD_INPUT
    started = time.perf_counter()
    with source:
        if args.out is None:
            summary = run_batch(source, sys.stdout.buffer, options, workers=args.workers)
        else:
            # Written beside the target and renamed at the end: an interrupted run leaves no
            # half-written results file.
            partial = args.out.with_name(args.out.name + ".partial")
            try:
                out_file = partial.open("wb")
            except OSError as exc:
                sys.stderr.write(f"cordiale: --out {args.out}: {exc.strerror}\n")
                return EXIT_BAD_INPUT
            try:
                with out_file as out:
                    summary = run_batch(source, out, options, workers=args.workers)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            partial.replace(args.out)
    elapsed = time.perf_counter() - started
    sys.stderr.write(
        f"cordiale: {summary.records} records, {summary.determined} determined, "
        f"{summary.errors} with errors, in {elapsed:.1f} s\n"
    )
    return EXIT_BAD_INPUT if summary.errors else EXIT_OK


def example_paths() -> list[Path]:
    folder = resources.files("cordiale") / "examples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yaml", ".json")))


def _examples(args: argparse.Namespace) -> int:
    paths = example_paths()
    if args.show:
        chosen = [p for p in paths if p.stem == args.show]
        if not chosen:
            names = ", ".join(p.stem for p in paths)
            sys.stderr.write(f"cordiale: no example named {args.show!r} (known: {names})\n")
            return EXIT_BAD_INPUT
        sys.stdout.write(chosen[0].read_text(encoding="utf-8"))
        return EXIT_OK
    if not args.run:
        for path in paths:
            facts = load_case_file(path)
            sys.stdout.write(
                f"{path.stem:<40} {facts.notes.splitlines()[0] if facts.notes else ''}\n"
            )
        return EXIT_OK
    namespace = argparse.Namespace(
        files=paths, as_of=args.as_of, format="text", lang=args.lang, regime=None, batch=None
    )
    return _determine(namespace)


# --- casework commands (Django) --------------------------------------------------------------

_CASEWORK = frozenset(
    {"migrate", "createuser", "import", "export", "replay", "audit", "evidence", "demo", "serve"}
)


def _django() -> None:
    """Set Django up on first use, so the engine commands stay fast and Django-free."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cordiale.site.settings")
    import django

    django.setup()


def _casework(args: argparse.Namespace) -> int:
    if args.command == "demo":
        # A local demo signs in with a password only; a real install keeps the second factor
        # (CORDIALE_REQUIRE_2FA, cordiale.site.settings).
        os.environ.setdefault("CORDIALE_REQUIRE_2FA", "0")
    try:
        _django()
    except Exception as exc:  # settings that cannot load: say why, no traceback
        sys.stderr.write(f"cordiale: cannot set up the casework system: {exc}\n")
        return EXIT_FAILED
    from django.core.management.base import CommandError
    from django.db import Error as DatabaseError

    from cordiale.casework.errors import CaseworkError

    handlers = {
        "migrate": _migrate,
        "createuser": _createuser,
        "import": _import,
        "export": _export,
        "replay": _replay,
        "audit": _audit,
        "evidence": _evidence,
        "demo": _demo,
        "serve": _serve,
    }
    try:
        return handlers[args.command](args)
    except _BadInput as exc:
        sys.stderr.write(f"cordiale: {exc}\n")
        return EXIT_BAD_INPUT
    except CaseworkError as exc:
        sys.stderr.write(f"cordiale: {_casework_message(exc)}\n")
        return EXIT_BAD_INPUT
    except DatabaseError as exc:
        sys.stderr.write(
            f"cordiale: database error: {exc}\n"
            "  (is the database reachable, and has `cordiale migrate` been run?)\n"
        )
        return EXIT_FAILED
    except CommandError as exc:
        sys.stderr.write(f"cordiale: {exc}\n")
        return EXIT_FAILED


class _BadInput(Exception):
    """An argument that cannot be used: exit 2 with this message (naming the argument)."""


def _casework_message(exc: Any) -> str:
    lines = [exc.message]
    lines.extend(f"  - {error}" for error in exc.errors)
    return "\n".join(lines)


def _operator() -> str:
    """Who ran a command that acts without a cordiale user (for the audit trail)."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in this environment
        return "cli"


def _database() -> str:
    from django.db import connection

    name = str(connection.settings_dict.get("NAME") or "")
    return f"{connection.vendor} {name}".strip()


def _migrate(args: argparse.Namespace) -> int:
    applied = _apply_migrations()
    sys.stdout.write(f"cordiale: {applied} migration(s) applied; database: {_database()}\n")
    return EXIT_OK


def _apply_migrations() -> int:
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    call_command("migrate", interactive=False, verbosity=0)
    return len(pending)


def _user(username: str, option: str = "--as") -> Any:
    from cordiale.accounts.models import User

    user = User.objects.select_related("team").filter(username=username).first()
    if user is None or not user.is_active:
        raise _BadInput(f"{option} {username}: no active user of that name")
    return user


_TEAM_KINDS = {
    "caseworker": "dublin_unit",
    "supervisor": "dublin_unit",
    "uk_liaison": "uk_liaison",
    "adviser": "ngo",
    "analyst": "analysis",
    "auditor": "audit",
    "administrator": "administration",
}


def _createuser(args: argparse.Namespace) -> int:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.db import transaction

    from cordiale.accounts.models import Team, User
    from cordiale.audit.models import Action
    from cordiale.audit.services import record

    username = args.username.strip()
    if not username or User.objects.filter(username=username).exists():
        raise _BadInput(f"USERNAME {args.username!r}: expected a user name not already taken")
    team = Team.objects.filter(name=args.team).first()
    if team is None and not args.create_team:
        known = ", ".join(Team.objects.order_by("name").values_list("name", flat=True))
        raise _BadInput(
            f"--team {args.team!r}: no team of that name (known: {known or 'none'}); "
            "add --create-team to create it"
        )
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        try:
            validate_password(password, User(username=username))
        except ValidationError as exc:
            raise _BadInput("password (standard input): " + " ".join(exc.messages)) from None
        shown = None
    else:
        password = secrets.token_urlsafe(12)
        shown = password
    with transaction.atomic():
        if team is None:
            kind = _TEAM_KINDS[args.role]
            team = Team.objects.create(
                name=args.team, kind=kind, state="GB" if kind == "uk_liaison" else "FR"
            )
        User.objects.create_user(
            username,
            password=password,
            role=args.role,
            team=team,
            is_staff=args.role == "administrator",
        )
        record(
            Action.ADMIN,
            actor=_operator(),
            object_type="user",
            object_id=username,
            detail={"created": True, "role": args.role, "team": team.name},
        )
    sys.stdout.write(f"cordiale: user {username} ({args.role}, {team.name}) created\n")
    if shown is not None:
        sys.stdout.write(f"password: {shown}\n(shown once; only its hash is stored)\n")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from django.db import transaction

    from cordiale.casework.errors import CaseworkError
    from cordiale.casework.services import import_case
    from cordiale.law.casefile import dump_case_file

    user = _user(args.as_user)
    # Every file is read and checked first; then all are imported in one transaction, so a
    # refused file leaves nothing half-written.
    loaded: list[tuple[Path, dict[str, Any]]] = []
    bad = False
    for path in args.files:
        try:
            loaded.append((path, dump_case_file(load_case_file(path))))
        except CaseFileError as error:
            _report(error)
            bad = True
    if bad:
        sys.stderr.write("cordiale: nothing was imported\n")
        return EXIT_BAD_INPUT
    done = []
    try:
        with transaction.atomic():
            for path, data in loaded:
                done.append(import_case(user, data, source=path.name))
    except CaseworkError as exc:
        where = loaded[len(done)][0]
        sys.stderr.write(f"cordiale: {where}: {_casework_message(exc)}\n")
        sys.stderr.write("cordiale: nothing was imported\n")
        return EXIT_BAD_INPUT
    for (path, _), case in zip(loaded, done, strict=True):
        proposal = case.responsible_state or case.proposed_state or "-"
        basis = f" ({case.basis})" if case.basis else ""
        sys.stdout.write(
            f"imported {case.reference} from {path}: stage {case.stage}; {case.regime}, "
            f"{case.status}, proposed State {proposal}{basis}; "
            f"{case.open_questions} open question(s)\n"
        )
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    import yaml
    from django.db import transaction
    from django.utils import timezone

    from cordiale.casework.models import Case
    from cordiale.casework.services import export_case

    user = _user(args.as_user)
    at = args.at
    if at is not None and timezone.is_naive(at):
        at = timezone.make_aware(at)
    with transaction.atomic():  # the export's audit entry stands only if the file is written
        data = export_case(user, args.reference, at)
        created = Case.objects.get(reference=args.reference).created_at
        if at is not None and at < created:
            raise _BadInput(
                f"--at {at.isoformat()}: case {args.reference} was registered later, on "
                f"{timezone.localtime(created).isoformat(timespec='seconds')}"
            )
        if args.format == "json":
            text = orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n"
        else:
            text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        if args.out is None:
            sys.stdout.write(text)
        else:
            _write_private(args.out, text)
            sys.stderr.write(f"cordiale: {args.reference} written to {args.out}\n")
    return EXIT_OK


def _write_private(path: Path, text: str) -> None:
    """Write beside the target, readable by the owner only, then rename: a case file holds
    personal data, and an interrupted write leaves no half-written file."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _BadInput(f"--out {path}: {exc.strerror or exc}") from None


def _replay(args: argparse.Namespace) -> int:
    from cordiale import __version__
    from cordiale.audit.models import Action
    from cordiale.audit.services import record
    from cordiale.casework.models import Case, Decision
    from cordiale.casework.services import replay

    case = Case.objects.filter(reference=args.reference).first()
    if case is None:
        raise _BadInput(f"CASE {args.reference!r}: no case with this reference")
    decisions = list(
        Decision.objects.filter(case=case).select_related("decided_by", "case").order_by("pk")
    )
    if args.decision is not None:
        chosen = [d for d in decisions if d.pk == args.decision]
        if not chosen:
            ids = ", ".join(str(d.pk) for d in decisions) or "none"
            raise _BadInput(
                f"--decision {args.decision}: not a decision of case {case.reference} "
                f"(its decisions: {ids})"
            )
        decisions = chosen
    record(
        Action.READ,
        actor=_operator(),
        object_type="case",
        object_id=case.reference,
        detail={"replay": [d.pk for d in decisions]},
    )
    if not decisions:
        sys.stdout.write(f"Case {case.reference}: no decision to replay\n")
        return EXIT_OK
    sys.stdout.write(
        f"Case {case.reference}: {len(decisions)} decision(s) re-run with cordiale {__version__}\n"
    )
    changed = 0
    for decision in decisions:
        result = replay(decision)
        head = (
            f"  decision {decision.pk} of {decision.as_of.isoformat()} by "
            f"{decision.decided_by.username} ({decision.summary}; engine "
            f"{result.engine_version_then}): "
        )
        if result.same:
            sys.stdout.write(head + "same\n")
        else:
            changed += 1
            sys.stdout.write(head + "CHANGED: " + ", ".join(result.changed) + "\n")
    if changed:
        sys.stdout.write(
            f"{changed} of {len(decisions)} decision(s) would come out differently today\n"
        )
        return EXIT_REPLAY_CHANGED
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    from cordiale.audit.models import AuditEntry
    from cordiale.audit.services import verify

    breaks = list(verify())
    count = AuditEntry.objects.count()
    if not breaks:
        sys.stdout.write(f"OK: the audit chain is intact ({count} entries)\n")
        return EXIT_OK
    for found in breaks:
        sys.stdout.write(f"BROKEN at entry {found.seq}: {found.problem}\n")
    sys.stdout.write(f"{len(breaks)} problem(s) in the audit chain ({count} entries)\n")
    return EXIT_AUDIT_BROKEN


def _evidence(args: argparse.Namespace) -> int:
    from cordiale.casework import at_rest

    if args.evidence_command == "new-key":
        sys.stdout.write(at_rest.new_key() + "\n")
        return EXIT_OK
    from cordiale.audit.models import Action
    from cordiale.audit.services import record
    from cordiale.casework.evidence import rekey

    done = rekey()
    record(
        Action.CHANGE,
        actor=_operator(),
        object_type="evidence",
        object_id="*",
        detail={
            "rekey": {"sealed": done.sealed, "rekeyed": done.rekeyed, "current": done.current},
            "missing": len(done.missing),
            "unreadable": len(done.unreadable),
        },
    )
    sys.stdout.write(
        f"{done.sealed} file(s) sealed, {done.rekeyed} sealed again with the current key, "
        f"{done.current} already sealed with it\n"
    )
    for sha in done.missing:
        sys.stdout.write(f"MISSING {sha}\n")
    for sha in done.unreadable:
        sys.stdout.write(f"UNREADABLE {sha} (no key opens it, or it does not match its checksum)\n")
    return EXIT_FAILED if done.missing or done.unreadable else EXIT_OK


# --- demo and serve ---------------------------------------------------------------------------


def _urls(args: argparse.Namespace) -> list[str]:
    host = "127.0.0.1" if args.host in ("0.0.0.0", "::", "") else args.host  # noqa: S104
    base = f"http://{host}:{args.port}"
    return [
        f"{base}/              the web UI: sign in with a user above (French or English)",
        f"{base}/api/v1/docs   API documentation (interactive)",
        f"{base}/admin/        Django admin (users and teams)",
        f"{base}/api/v1/health health check",
    ]


def _demo(args: argparse.Namespace) -> int:
    from django.conf import settings

    from cordiale.casework.demo import load_demo, write_password_file
    from cordiale.casework.models import Case

    sys.stdout.write("cordiale demo: migrating the database...\n")
    _apply_migrations()
    password_file = Path(settings.DATA_DIR) / "demo-users.txt"
    urls = _urls(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and (done % 10 == 0 or done == total):
            sys.stderr.write(f"\r  {done}/{total} cases" + ("\n" if done == total else ""))
            sys.stderr.flush()

    result = None
    if not Case.objects.exists():
        sys.stdout.write("cordiale demo: loading the demo data (invented people and cases)...\n")
        sys.stdout.flush()
        result = load_demo(progress=progress)
    if result is None:
        count = Case.objects.count()
        sys.stdout.write(
            f"cordiale demo: the database already holds {count} case(s): nothing loaded.\n"
        )
        if password_file.exists():
            sys.stdout.write(f"Demo users (from {password_file}):\n")
            sys.stdout.write(password_file.read_text(encoding="utf-8"))
        else:
            sys.stdout.write(
                "(the demo passwords were printed when the data was loaded; set a new one "
                "with `cordiale createuser` or the admin site)\n"
            )
    else:
        write_password_file(password_file, result.users, urls)
        stages = ", ".join(f"{stage} {n}" for stage, n in result.stages.items())
        sys.stdout.write(
            f"cordiale demo: {result.cases} cases loaded in {result.seconds:.1f} s ({stages})\n"
            "\nDemo users (all invented; passwords shown once, also kept in "
            f"{password_file}, mode 0600):\n"
        )
        for user in result.users:
            secret = user.password or "(existed before: unchanged)"
            sys.stdout.write(f"  {user.username:<22} {user.role:<14} {secret:<18} {user.team}\n")
    sys.stdout.write("\n" + "\n".join(f"  {url}" for url in urls) + "\n")
    sys.stdout.write("  (engine only, no database: `cordiale examples --run`)\n\n")
    sys.stdout.flush()
    if args.no_serve:
        return EXIT_OK
    return _serve(args)


def _serve(args: argparse.Namespace) -> int:
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    workers = args.workers or default_workers()
    if not _port_free(args.host, args.port):
        raise _BadInput(
            f"--port {args.port}: {args.host}:{args.port} is already in use "
            "(is cordiale already running?); choose another with --port"
        )
    if args.host not in settings.ALLOWED_HOSTS and args.host not in ("0.0.0.0", "::"):  # noqa: S104
        sys.stderr.write(
            f"cordiale: note: {args.host} is not in CORDIALE_ALLOWED_HOSTS "
            f"({','.join(settings.ALLOWED_HOSTS)}); requests by that name will be refused\n"
        )
    call_command("collectstatic", interactive=False, verbosity=0)
    connections.close_all()  # the workers open their own connections
    sys.stdout.write(
        f"cordiale: serving on http://{args.host}:{args.port} ({workers} worker(s), "
        f"{args.threads} thread(s) each; Ctrl-C stops)\n"
    )
    sys.stdout.flush()
    return _run_gunicorn(
        args.host,
        args.port,
        workers,
        args.threads,
        Path(settings.STATIC_ROOT),
        settings.STATIC_URL,
    )


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _run_gunicorn(
    host: str, port: int, workers: int, threads: int, static_root: Path, static_url: str
) -> int:
    """gunicorn with cordiale.site.wsgi, threaded workers; the admin's static files (collected
    into STATIC_ROOT) are served by WhiteNoise in front of Django."""
    from gunicorn.app.base import BaseApplication  # type: ignore[import-untyped]

    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": 60,
        # A caseworker's browser or client comes back within seconds: keep its connection.
        "keepalive": 75,
        "graceful_timeout": 10,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "cordiale",
    }

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            from whitenoise import WhiteNoise  # type: ignore[import-untyped]

            from cordiale.site.wsgi import application

            return WhiteNoise(application, root=str(static_root), prefix=static_url)

    try:
        Server().run()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
