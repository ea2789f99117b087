"""Load test of the casework server on SQLite and PostgreSQL (issue 4, "Speed").

    .venv/bin/python benchmarks/casework_load.py                        # SQLite; PostgreSQL too
    .venv/bin/python benchmarks/casework_load.py --pg-url postgres://u:p@127.0.0.1/db
    .venv/bin/python benchmarks/casework_load.py --cases 2000 --duration 15 --backends sqlite

For each backend:
1. a fresh database: SQLite in a temporary data folder; for PostgreSQL a new database
   `<db>_bench_<pid>` created on the server of --pg-url (or $CORDIALE_BENCH_PG_URL, else
   $DATABASE_URL), dropped at the end (--keep keeps both); PostgreSQL is skipped with a
   message when no URL is given;
2. `migrate`, a Dublin unit with --clients caseworkers (one API token each) and a UK liaison
   team, then --cases synthetic cases (`synthetic.py`, fixed seed) bulk-loaded with
   `cordiale.casework.bulk` (determined by the engine, deadlines and tasks materialised);
3. the real server, `cordiale serve` (gunicorn gthread; --workers x --threads, default
   serve's own: 2 x cores + 1 processes of 2 threads) on 127.0.0.1;
4. --clients concurrent clients (threads, one keep-alive httpx client each, their own token)
   for --warmup + --duration seconds, each in a loop picking (--mix, default 6:2:2):
   - get_case: GET /api/v1/cases/{ref} of a random case;
   - deadline_queue: GET /api/v1/deadlines?due_within=7;
   - update_facts: GET the case for its version, then POST /api/v1/cases/{ref}/facts (a new
     version of its French application's provenance), which re-runs the engine; each client
     updates its own cases only, so a 409 (stale version) would be a defect, counted apart;
   with a think time between requests (uniform 0..2x the mean), one phase per value of
   --think (default "0,1000"): 0 ms is saturation (each client sends its next request as
   soon as the last one is answered: latency is then mostly queueing, clients / throughput);
   1000 ms is 50 busy caseworkers (about one action a second each);
5. p50/p95/p99 per operation, errors and 409s, throughput, against the targets: get_case
   p95 < 50 ms, deadline_queue p95 < 100 ms, update_facts p95 < 150 ms, no errors.
   --json FILE writes the figures.

Figures only: the tests never assert timings.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import DEFAULT_SEED, generate_cases  # noqa: E402

TARGETS_MS = {"get_case": 50.0, "deadline_queue": 100.0, "update_facts": 150.0}
OPERATIONS = tuple(TARGETS_MS)
UPDATES_PER_CLIENT = 40


# --- setup (runs in a child process with the backend's environment) ---------------------------


def setup(args: argparse.Namespace) -> None:
    """Migrate, create the team, users and tokens, bulk-load the cases, write the plan."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cordiale.site.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from cordiale.accounts.models import ApiToken, Role, Team, User
    from cordiale.casework.bulk import load_cases

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrated = time.perf_counter() - started
    team = Team.objects.create(name="Dublin unit Calais", kind=Team.Kind.DUBLIN_UNIT, state="FR")
    Team.objects.create(name="UK liaison", kind=Team.Kind.UK_LIAISON, state="GB")
    tokens = []
    for number in range(1, args.clients + 1):
        user = User.objects.create_user(
            f"caseworker-{number:02d}", password=None, role=Role.CASEWORKER, team=team
        )
        tokens.append(ApiToken.objects.issue(user, name="load test")[1])
    loader = User.objects.create_user("bulk-loader", password=None, role=Role.CASEWORKER, team=team)

    rng = random.Random(args.seed)
    wanted = args.clients * UPDATES_PER_CLIENT
    references: list[str] = []
    updates: list[tuple[str, dict[str, Any]]] = []

    def cases() -> Iterator[dict[str, Any]]:
        for data in generate_cases(args.cases, args.seed):
            references.append(data["reference"])
            french = [a for a in data["applications"] if a.get("id") == "fr-1"]
            # Reservoir sample of the cases to update: spread over the whole caseload.
            if french:
                if len(updates) < wanted:
                    updates.append((data["reference"], french[0]))
                else:
                    slot = rng.randrange(len(references))
                    if slot < wanted:
                        updates[slot] = (data["reference"], french[0])
            yield data

    last = [time.perf_counter()]

    def progress(total: Any) -> None:
        if time.perf_counter() - last[0] > 10:
            last[0] = time.perf_counter()
            print(f"    loaded {total.cases:,} cases", flush=True)

    loaded = load_cases(
        cases(),
        team=team,
        user=loader,
        batch_size=500,
        workers=args.load_workers,
        source="synthetic load test",
        progress=progress,
    )
    size = _database_size(connection)
    plan = {
        "tokens": tokens,
        "references": references,
        "updates": updates,
        "migrate_seconds": round(migrated, 1),
        "load": {
            "cases": loaded.cases,
            "people": loaded.people,
            "facts": loaded.facts,
            "versions": loaded.versions,
            "deadlines": loaded.deadlines,
            "tasks": loaded.tasks,
            "seconds": round(loaded.seconds, 1),
            "cases_per_second": round(loaded.cases / loaded.seconds) if loaded.seconds else 0,
            "database_mib": round(size / 2**20) if size else None,
        },
    }
    Path(args.plan).write_text(json.dumps(plan))


def _database_size(connection: Any) -> int | None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            return int(cursor.fetchone()[0])
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA page_count")
            pages = int(cursor.fetchone()[0])
            cursor.execute("PRAGMA page_size")
            return pages * int(cursor.fetchone()[0])
    return None


# --- the server -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(env: dict[str, str], args: argparse.Namespace, folder: Path) -> Server:
    import httpx

    port = _free_port()
    log = folder / "server.log"
    cordiale = Path(sys.executable).with_name("cordiale")
    # The real server, as deployed: `cordiale serve` (gunicorn, gthread workers, WhiteNoise,
    # access log), its defaults unless --workers / --threads say otherwise.
    command = [str(cordiale), "serve", "--host=127.0.0.1", f"--port={port}"]
    command += [f"--workers={args.workers}", f"--threads={args.threads}"]
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 - our own command
            command, env=env, cwd=folder, stdout=out, stderr=subprocess.STDOUT
        )
    server = Server(process, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"cordiale serve exited ({process.returncode}); see {log}")
        try:
            if httpx.get(server.url + "/api/v1/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    server.stop()
    raise SystemExit(f"cordiale serve did not answer on {server.url} in 60 s; see {log}")


# --- the clients ----------------------------------------------------------------------------


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {o: [] for o in OPERATIONS})
    errors: dict[str, Counter[str]] = field(
        default_factory=lambda: {o: Counter() for o in OPERATIONS}
    )
    conflicts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, other: Tally) -> None:
        with self.lock:
            for op in OPERATIONS:
                self.latencies[op].extend(other.latencies[op])
                self.errors[op].update(other.errors[op])
            self.conflicts.update(other.conflicts)


def drive(
    server: Server, plan: dict[str, Any], args: argparse.Namespace, think: float
) -> dict[str, Any]:
    import httpx

    references: list[str] = plan["references"]
    updates: list[tuple[str, dict[str, Any]]] = plan["updates"]
    weights = [float(w) for w in args.mix.split(":")]
    if len(weights) != len(OPERATIONS):
        raise SystemExit("--mix takes three weights: get_case:deadline_queue:update_facts")
    started = time.perf_counter()
    measure_from = started + args.warmup
    stop_at = measure_from + args.duration
    total = Tally()
    barrier = threading.Barrier(args.clients)

    def client(number: int) -> None:
        rng = random.Random(args.seed * 1000 + number)
        mine = updates[number :: args.clients] or updates
        bump = 0
        tally = Tally()
        headers = {"Authorization": f"Bearer {plan['tokens'][number]}"}
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        with httpx.Client(base_url=server.url, headers=headers, timeout=60, limits=limits) as http:
            barrier.wait()
            while (now := time.perf_counter()) < stop_at:
                measured = now >= measure_from
                op = rng.choices(OPERATIONS, weights)[0]
                if op == "get_case":
                    _timed(tally, op, measured, http.get, f"/api/v1/cases/{rng.choice(references)}")
                elif op == "deadline_queue":
                    _timed(tally, op, measured, http.get, "/api/v1/deadlines?due_within=7")
                else:
                    reference, application = mine[rng.randrange(len(mine))]
                    read = _timed(
                        tally, "get_case", measured, http.get, f"/api/v1/cases/{reference}"
                    )
                    if read is None or read.status_code != 200:
                        continue
                    bump += 1
                    data = {
                        **application,
                        "provenance": {
                            "source": f"registration re-checked ({number}.{bump})",
                            "evidence": "proof",
                        },
                    }
                    body = {
                        "version": read.json()["version"],
                        "changes": [
                            {
                                "kind": "applications",
                                "key": "fr-1",
                                "data": data,
                                "reason": "load test: provenance re-checked",
                            }
                        ],
                    }
                    _timed(
                        tally,
                        op,
                        measured,
                        http.post,
                        f"/api/v1/cases/{reference}/facts",
                        json=body,
                    )
                if think > 0:
                    time.sleep(rng.uniform(0, 2 * think) / 1000)
        total.add(tally)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for thread in threads:
        thread.start()
    while time.perf_counter() < measure_from:
        time.sleep(0.05)
    cpu_before = _cpu_seconds(server.process.pid)
    for thread in threads:
        thread.join()
    cpu_after = _cpu_seconds(server.process.pid)
    elapsed = time.perf_counter() - measure_from
    summary = _summary(total, elapsed)
    summary["cpu_cores_used"] = {
        k: round((cpu_after[k] - cpu_before[k]) / elapsed, 2) for k in cpu_after
    }
    return summary


def _cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU time (user + system) so far of the server's process tree, of PostgreSQL's
    processes and of this process (the clients), from /proc (Linux; empty elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out = {"server": 0.0, "database": 0.0, "clients": sum(os.times()[:2])}
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    names: dict[int, str] = {}
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = entry.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        pid = int(entry.parent.name)
        parents[pid] = int(fields[1])
        cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
        names[pid] = name
    for pid, seconds in cpu.items():
        ancestor = pid
        while ancestor > 1 and ancestor != server_pid:
            ancestor = parents.get(ancestor, 1)
        if ancestor == server_pid:
            out["server"] += seconds
        elif names[pid] in ("postgres", "postmaster"):
            out["database"] += seconds
    return out


def _timed(tally: Tally, op: str, measured: bool, call: Any, url: str, **kw: Any) -> Any:
    import httpx

    begin = time.perf_counter()
    try:
        response = call(url, **kw)
    except httpx.HTTPError as exc:
        if measured:
            tally.errors[op][type(exc).__name__] += 1
        return None
    took = (time.perf_counter() - begin) * 1000
    if not measured:
        return response
    if response.status_code == 409 and op == "update_facts":
        tally.conflicts[op] += 1
    elif response.status_code != 200:
        tally.errors[op][str(response.status_code)] += 1
    else:
        tally.latencies[op].append(took)
    return response


def _percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)  # nearest rank
    index = min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[index]


def _summary(tally: Tally, elapsed: float) -> dict[str, Any]:
    out: dict[str, Any] = {"seconds": round(elapsed, 1), "operations": {}}
    done = 0
    for op in OPERATIONS:
        values = tally.latencies[op]
        errors = sum(tally.errors[op].values())
        done += len(values) + errors + tally.conflicts[op]
        p95 = _percentile(values, 95)
        out["operations"][op] = {
            "ok": len(values),
            "p50_ms": _round(_percentile(values, 50)),
            "p95_ms": _round(p95),
            "p99_ms": _round(_percentile(values, 99)),
            "max_ms": _round(max(values) if values else None),
            "target_p95_ms": TARGETS_MS[op],
            "errors": errors,
            "error_kinds": dict(tally.errors[op]),
            "conflicts_409": tally.conflicts[op],
            "met": p95 is not None and p95 < TARGETS_MS[op] and errors == 0,
        }
    out["requests_per_second"] = round(done / elapsed, 1) if elapsed > 0 else 0
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


# --- backends -------------------------------------------------------------------------------


def _pg_database(url: str, name: str, *, create: bool) -> str:
    """Create (or drop) the database `name` on the server of `url`; returns its URL."""
    import psycopg

    parts = urlsplit(url)
    # Options in the query string (e.g. ?server_side_binding=true) are Django's, not libpq's.
    admin = urlunsplit(parts._replace(query=""))
    with psycopg.connect(admin, autocommit=True) as connection:
        if create:
            connection.execute(f'CREATE DATABASE "{name}"')
        else:
            # Autovacuum may still be analysing the loaded tables: DROP stops its workers,
            # but a server process of ours may take a moment to exit.
            for attempt in range(30):
                try:
                    connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
                    break
                except psycopg.errors.ObjectInUse:
                    if attempt == 29:
                        print(f"could not drop the database {name}: still in use")
                    time.sleep(1)
    return urlunsplit(parts._replace(path=f"/{name}"))


@contextmanager
def scratch_backend(
    backend: str, args: argparse.Namespace, label: str, **extra_env: str
) -> Iterator[tuple[Path, dict[str, str]]]:
    """A fresh data folder (SQLite) or a new database `<db>_<label>_<pid>` (PostgreSQL) and
    the environment that points the project at it; both removed at the end unless --keep."""
    folder = Path(tempfile.mkdtemp(prefix=f"cordiale-{label}-{backend}-"))
    (folder / "data").mkdir()
    env = {
        **os.environ,
        "CORDIALE_DATA_DIR": str(folder / "data"),
        "CORDIALE_SECRET_KEY": f"{label}-{os.getpid()}",
        "DJANGO_SETTINGS_MODULE": "cordiale.site.settings",
        "CORDIALE_DEBUG": "0",
        **extra_env,
    }
    env.pop("DATABASE_URL", None)
    bench_db = None
    if backend == "postgresql":
        bench_db = f"{urlsplit(args.pg_url).path.lstrip('/') or 'cordiale'}_{label}_{os.getpid()}"
        env["DATABASE_URL"] = _pg_database(args.pg_url, bench_db, create=True)
    try:
        yield folder, env
    finally:
        if bench_db is not None and not args.keep:
            _pg_database(args.pg_url, bench_db, create=False)
        if args.keep:
            print(f"[{backend}] kept {folder}" + (f" and database {bench_db}" if bench_db else ""))
        else:
            shutil.rmtree(folder, ignore_errors=True)


def run_backend(backend: str, args: argparse.Namespace) -> dict[str, Any]:
    with scratch_backend(backend, args, "bench") as (folder, env):
        return _run_backend(backend, args, folder, env)


def _run_backend(
    backend: str, args: argparse.Namespace, folder: Path, env: dict[str, str]
) -> dict[str, Any]:
    plan_path = folder / "plan.json"
    print(f"\n[{backend}] migrate and load {args.cases:,} cases ...", flush=True)
    command = [sys.executable, __file__, "_setup", f"--plan={plan_path}"]
    command += [f"--cases={args.cases}", f"--clients={args.clients}"]
    command += [f"--seed={args.seed}", f"--load-workers={args.load_workers}"]
    subprocess.run(command, env=env, check=True)  # noqa: S603 - our own interpreter
    plan = json.loads(plan_path.read_text())
    load = plan["load"]
    print(
        f"[{backend}] loaded {load['cases']:,} cases in {load['seconds']} s "
        f"({load['cases_per_second']:,}/s; {load['facts']:,} facts, {load['deadlines']:,} "
        f"deadlines, {load['tasks']:,} tasks; {load['database_mib']} MiB)",
        flush=True,
    )
    phases: dict[str, Any] = {}
    if args.load_only:
        return {
            "phases": phases,
            "server_log_errors": 0,
            "load": load,
            "migrate_seconds": plan["migrate_seconds"],
        }
    server = start_server(env, args, folder)
    try:
        for think in args.think:
            print(
                f"[{backend}] {args.clients} clients, think {think:g} ms: {args.warmup:g} s "
                f"warm-up + {args.duration:g} s (cordiale serve, {args.workers} "
                f"processes x {args.threads} threads) ...",
                flush=True,
            )
            phases[f"{think:g}"] = drive(server, plan, args, think)
    finally:
        server.stop()
    log = server.log.read_text(errors="replace") if server.log.exists() else ""
    return {
        "phases": phases,
        "server_log_errors": sum(
            1 for line in log.splitlines() if "[ERROR]" in line or "Traceback" in line
        ),
        "load": load,
        "migrate_seconds": plan["migrate_seconds"],
    }


def report(results: dict[str, dict[str, Any]], args: argparse.Namespace) -> dict[str, bool]:
    """Print the table; returns, for each think time, whether every target was met there."""
    print(
        f"\ncasework load test, {date.today().isoformat()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {args.cases:,} cases, {args.clients} clients, "
        f"cordiale serve {args.workers}x{args.threads} (processes x threads), load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    header = (
        f"{'backend':<11} {'think':>6} {'operation':<15} {'ok':>7} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'target':>7} {'errors':>6} {'409':>4}  verdict"
    )
    print(header)
    print("-" * len(header))
    met: dict[str, bool] = {}
    for backend, result in results.items():
        for think, phase in result["phases"].items():
            for op, row in phase["operations"].items():
                verdict = "met" if row["met"] else "MISSED"
                target = f"<{row['target_p95_ms']:g}"
                met[think] = met.get(think, True) and row["met"]
                print(
                    f"{backend:<11} {think + ' ms':>6} {op:<15} {row['ok']:>7} "
                    f"{_fmt(row['p50_ms'])} {_fmt(row['p95_ms'])} {_fmt(row['p99_ms'])} "
                    f"{target:>7} {row['errors']:>6} {row['conflicts_409']:>4}  {verdict}"
                    + (f" {row['error_kinds']}" if row["error_kinds"] else "")
                )
            used = ", ".join(f"{k} {v:g}" for k, v in phase["cpu_cores_used"].items())
            print(
                f"{backend:<11} {think + ' ms':>6} {phase['requests_per_second']} requests/s; "
                f"cores used: {used}"
            )
        load = result["load"]
        print(
            f"{backend:<11} load {load['cases']:,} cases in {load['seconds']} s "
            f"({load['cases_per_second']:,} cases/s, {load['database_mib']} MiB); migrate "
            f"{result['migrate_seconds']} s; server log errors: {result['server_log_errors']}"
        )
    return met


def _fmt(value: float | None) -> str:
    return f"{value:>8.1f}" if value is not None else f"{'-':>8}"


_SETTINGS = ("cases", "clients", "duration", "warmup", "think", "mix", "workers", "threads", "seed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60, help="measured seconds")
    parser.add_argument("--warmup", type=float, default=5, help="seconds before measuring")
    parser.add_argument(
        "--think",
        type=lambda text: [float(t) for t in text.split(",")],
        default=[0.0, 1000.0],
        help="mean ms between a client's requests, one phase per value (default 0,1000)",
    )
    parser.add_argument("--mix", default="6:2:2", help="get_case:deadline_queue:update_facts")
    parser.add_argument(
        "--workers", type=int, default=None, help="server processes (cordiale serve's default)"
    )
    parser.add_argument(
        "--threads", type=int, default=None, help="threads per process (cordiale serve's default)"
    )
    parser.add_argument("--load-workers", type=int, default=2, help="bulk-load processes")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default=None, help="PostgreSQL server (a database on it)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", default=None, help="write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the databases and folders")
    parser.add_argument("--load-only", action="store_true", help="migrate and load, no server")
    parser.add_argument("--plan", help=argparse.SUPPRESS)
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["_setup"]:
        setup(parser.parse_args(argv[1:]))
        return 0
    args = parser.parse_args(argv)
    from cordiale.cli import DEFAULT_THREADS, default_workers

    args.workers = args.workers or default_workers()
    args.threads = args.threads or DEFAULT_THREADS
    args.pg_url = (
        args.pg_url or os.environ.get("CORDIALE_BENCH_PG_URL") or os.environ.get("DATABASE_URL")
    )
    if args.pg_url and not args.pg_url.startswith(("postgres://", "postgresql://")):
        args.pg_url = None
    results: dict[str, dict[str, Any]] = {}
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        if backend == "postgresql" and not args.pg_url:
            print(
                "\n[postgresql] skipped: no PostgreSQL server given (--pg-url "
                "postgres://USER:PASSWORD@HOST:PORT/DB, or CORDIALE_BENCH_PG_URL / "
                "DATABASE_URL); the role needs CREATEDB"
            )
            continue
        if backend not in ("sqlite", "postgresql"):
            raise SystemExit(f"unknown backend {backend!r} (sqlite, postgresql)")
        results[backend] = run_backend(backend, args)
    met = report(results, args)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "date": date.today().isoformat(),
                    "cores": os.cpu_count(),
                    "settings": {k: getattr(args, k) for k in _SETTINGS},
                    "results": results,
                },
                indent=2,
            )
        )
    if args.load_only:
        print("\nloaded only (--load-only): nothing measured against the targets")
    for think, ok in met.items():
        verdict = "every target met" if ok else "some targets missed (see above)"
        print(f"think {think} ms: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
