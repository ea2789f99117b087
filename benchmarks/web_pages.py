"""Server time of the web UI's busiest pages with a large caseload (issue "web UI", "Speed").

    .venv/bin/python benchmarks/web_pages.py                          # SQLite, 100,000 cases
    .venv/bin/python benchmarks/web_pages.py --backends sqlite,postgresql --pg-url postgres://...
    .venv/bin/python benchmarks/web_pages.py --cases 5000 --samples 50   # a quick look

For each backend, in a child process with its own database (SQLite in a temporary data
folder; for PostgreSQL a new database `<db>_web_<pid>` on the server of --pg-url, dropped at
the end unless --keep):
1. `migrate`, a Dublin unit with a caseworker, then --cases synthetic cases (`synthetic.py`,
   fixed seed) bulk-loaded with `cordiale.casework.bulk`, as `casework_load.py` does
   (determined by the engine, deadlines, tasks and the people's search keys written);
2. the caseworker signed in (Django's test client, in-process: the time measured is the time
   Django takes to produce the response, templates included, without the network), then,
   after a warm-up, each page requested in turn:
   - my_work: `/`, the team's open tasks, first page and the following ones, and filtered
     by stage and by State;
   - case: `/cases/REF/` of --samples cases drawn over the whole caseload;
   - search: `/search/` with a realistic set: names with transliteration variants
     (Muhammad for Mohamed, Othman for Osman, ...) and typing errors, a reference (whole and
     partial, in lower case), a date of birth, a nationality, and a name with a nationality
     or a date of birth; each query --repeat times;
3. p50 / p95 / max per page against the targets (my work and case < 200 ms, search
   < 300 ms at p95), the number of SQL statements of one request of each, the median CPU
   time of this process per request (what the page costs whatever else the machine does),
   PASS or FAIL, and the load average of the machine (shared machines: other work inflates
   the wall-clock figures).

Figures only: the tests never assert timings.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from casework_load import (  # noqa: E402
    _database_size,
    _fmt,
    _percentile,
    _round,
    scratch_backend,
)
from synthetic import DEFAULT_SEED, generate_cases  # noqa: E402

TARGETS_MS = {"my_work": 200.0, "case": 200.0, "search": 300.0}

# Spellings of the bulk load's names (`cordiale.casework.bulk._name`) found in other States'
# records or typed in a hurry: transliteration variants, then typing errors.
VARIANTS = {
    "Mohamed": ("Muhammad", "Mohammed", "Mohamad"),
    "Osman": ("Othman", "Usman"),
    "Yousef": ("Youssef", "Yusuf"),
    "Hosseini": ("Husseini", "Hoseini"),
    "Ahmed": ("Ahmad",),
    "Hassan": ("Hasan",),
    "Ibrahim": ("Ebrahim",),
    "Mahmoud": ("Mahmud",),
    "Abdallah": ("Abdullah",),
    "Bashir": ("Basheer",),
    "Karim": ("Kareem",),
    "Omar": ("Umar",),
    "Samir": ("Sameer",),
    "Mariam": ("Maryam",),
    "Layla": ("Leila",),
    "Nasser": ("Naser",),
    "Tesfaye": ("Tesfay",),
}


def _typo(word: str, rng: random.Random) -> str:
    """One typing error: two letters swapped, one left out or one doubled."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


# --- in the child process ------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cordiale.site.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from cordiale.accounts.models import Role, Team, User
    from cordiale.casework.bulk import load_cases
    from cordiale.casework.models import Case, Person, Stage

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    team = Team.objects.create(name="Dublin unit Calais", kind=Team.Kind.DUBLIN_UNIT, state="FR")
    Team.objects.create(name="UK liaison", kind=Team.Kind.UK_LIAISON, state="GB")
    user = User.objects.create_user("caseworker", password=None, role=Role.CASEWORKER, team=team)
    print(f"    migrated in {time.perf_counter() - started:.1f} s; loading ...", flush=True)
    last = [time.perf_counter()]

    def progress(total: Any) -> None:
        if time.perf_counter() - last[0] > 15:
            last[0] = time.perf_counter()
            print(f"    loaded {total.cases:,} cases", flush=True)

    loaded = load_cases(
        generate_cases(args.cases, args.seed),
        team=team,
        user=user,
        batch_size=500,
        workers=args.load_workers,
        source="synthetic web benchmark",
        progress=progress,
    )
    load = {
        "cases": loaded.cases,
        "people": loaded.people,
        "seconds": round(loaded.seconds, 1),
        "database_mib": round((_database_size(connection) or 0) / 2**20),
    }
    print(f"    loaded {loaded.cases:,} cases in {loaded.seconds:.1f} s", flush=True)

    rng = random.Random(args.seed)
    references = list(Case.objects.order_by("pk").values_list("reference", flat=True))
    sample = rng.sample(references, min(args.samples, len(references)))
    urls: dict[str, list[str]] = {
        "my_work": _my_work_urls(args.samples, Stage.values),
        "case": [f"/cases/{ref}/" for ref in sample],
        "search": _searches(rng, Person, Case, references) * args.repeat,
    }
    rng.shuffle(urls["search"])

    client = Client()
    client.force_login(user)
    for page_urls in urls.values():  # warm-up: imports, templates, caches
        for url in page_urls[:10]:
            client.get(url)
    results: dict[str, Any] = {}
    for page, page_urls in urls.items():
        times: list[float] = []
        errors: dict[str, int] = {}
        statements = _Counter()
        with connection.execute_wrapper(statements):
            client.get(page_urls[0])
        cpu: list[float] = []
        for url in page_urls:
            begin, begin_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            took = (time.perf_counter() - begin) * 1000
            if response.status_code != 200:
                errors[str(response.status_code)] = errors.get(str(response.status_code), 0) + 1
                continue
            times.append(took)
            cpu.append((time.process_time() - begin_cpu) * 1000)
        p95 = _percentile(times, 95)
        results[page] = {
            "requests": len(times),
            "p50_ms": _round(_percentile(times, 50)),
            "p95_ms": _round(p95),
            "max_ms": _round(max(times) if times else None),
            # CPU time of this process (Django, templates, the SQLite library): what the page
            # costs whatever else the machine is doing; PostgreSQL's own work is not in it.
            "cpu_p50_ms": _round(_percentile(cpu, 50)),
            "target_p95_ms": TARGETS_MS[page],
            "errors": errors,
            "sql_statements": statements.count,
            "passed": p95 is not None and p95 < TARGETS_MS[page] and not errors,
        }
    slowest = _slowest_searches(client, urls["search"])
    return {"load": load, "pages": results, "slowest_searches": slowest}


class _Counter:
    """Counts the SQL statements of a request (a `connection.execute_wrapper`)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        self.count += 1
        return execute(sql, params, many, context)


def _my_work_urls(count: int, stages: list[str]) -> list[str]:
    """The first pages of the task list most of the time, as people use it, and filters."""
    urls = ["/", "/?page=2", "/?page=3", "/?team=any", "/?state=DE", "/?state=IT"]
    urls += [f"/?stage={stage}" for stage in stages]
    return [urls[i % len(urls)] for i in range(count)]


def _searches(rng: random.Random, person: Any, case: Any, references: list[str]) -> list[str]:
    from urllib.parse import urlencode

    queries: list[dict[str, str]] = []
    applicants = list(
        person.objects.filter(kind="applicant")
        .order_by("?")
        .values_list("name_latin", "date_of_birth", "case__applicant_nationality")[:40]
    )
    for name, _born_on, _nationality in applicants[:24]:
        given, family = name.split(" ", 1)
        spelled = [rng.choice(VARIANTS.get(w, (w,))) for w in (given, family)]
        kind = len(queries) % 4
        if kind == 0:
            queries.append({"q": " ".join(spelled)})  # transliteration variants
        elif kind == 1:
            queries.append({"q": f"{_typo(given, rng)} {family}"})  # a typing error
        elif kind == 2:
            queries.append({"q": family})  # the family name alone
        else:
            queries.append({"q": f"{family} {given}".lower()})  # the other order, lower case
    for name, born, _nationality in applicants[24:28]:
        if born is not None:
            queries.append(_born(born))
            queries.append({"q": name.split(" ", 1)[1], **_born(born)})
    for _name, _born_on, nationality in applicants[28:32]:
        if nationality:
            queries.append({"nationality": nationality})
            queries.append({"q": rng.choice(list(VARIANTS)), "nationality": nationality})
    for reference in rng.sample(references, 4):
        queries.append({"q": reference})
        queries.append({"q": reference.lower()[-9:]})  # the year and number, lower case
    return [f"/search/?{urlencode(q)}" for q in queries]


def _born(born: date) -> dict[str, str]:
    return {
        "date_of_birth_0": str(born.day),
        "date_of_birth_1": str(born.month),
        "date_of_birth_2": str(born.year),
    }


def _slowest_searches(client: Any, urls: list[str]) -> list[tuple[str, float]]:
    """The five slowest searches (a second run of each distinct query), for the report."""
    times = []
    for url in sorted(set(urls)):
        begin = time.perf_counter()
        client.get(url)
        times.append((url, round((time.perf_counter() - begin) * 1000, 1)))
    return sorted(times, key=lambda t: -t[1])[:5]


# --- the parent ------------------------------------------------------------------------------


def run_backend(backend: str, args: argparse.Namespace) -> dict[str, Any]:
    # The caseworker is signed in with force_login: no second factor.
    with scratch_backend(backend, args, "web", CORDIALE_REQUIRE_2FA="0") as (folder, env):
        out = folder / "result.json"
        print(
            f"\n[{backend}] migrate, load {args.cases:,} cases and time the pages ...", flush=True
        )
        command = [sys.executable, __file__, "_run", f"--out={out}", f"--cases={args.cases}"]
        command += [f"--samples={args.samples}", f"--repeat={args.repeat}"]
        command += [f"--seed={args.seed}", f"--load-workers={args.load_workers}"]
        subprocess.run(command, env=env, check=True)  # noqa: S603 - our own interpreter
        result: dict[str, Any] = json.loads(out.read_text())
        return result


def report(results: dict[str, dict[str, Any]], args: argparse.Namespace) -> bool:
    print(
        f"\nweb pages, {date.today().isoformat()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {args.cases:,} cases, in-process (Django test client), "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    header = (
        f"{'backend':<11} {'page':<8} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
        f"{'target':>7} {'SQL':>4} {'CPU p50':>8}  verdict"
    )
    print(header)
    print("-" * len(header))
    passed = True
    for backend, result in results.items():
        for page, row in result["pages"].items():
            passed &= row["passed"]
            target = f"<{row['target_p95_ms']:g}"
            print(
                f"{backend:<11} {page:<8} {row['requests']:>8} {_fmt(row['p50_ms'])} "
                f"{_fmt(row['p95_ms'])} {_fmt(row['max_ms'])} {target:>7} "
                f"{row['sql_statements']:>4} {_fmt(row['cpu_p50_ms'])}  "
                f"{'PASS' if row['passed'] else 'FAIL'}"
                + (f" errors {row['errors']}" if row["errors"] else "")
            )
        load = result["load"]
        print(
            f"{backend:<11} load {load['cases']:,} cases ({load['people']:,} people) in "
            f"{load['seconds']} s, {load['database_mib']} MiB; slowest searches (ms): "
            + ", ".join(f"{url} {ms}" for url, ms in result["slowest_searches"])
        )
    return passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200, help="requests of my work and case")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each search")
    parser.add_argument("--load-workers", type=int, default=2, help="bulk-load processes")
    parser.add_argument("--backends", default="sqlite")
    parser.add_argument("--pg-url", default=None, help="PostgreSQL server (a database on it)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", default=None, help="write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the databases and folders")
    parser.add_argument("--out", help=argparse.SUPPRESS)
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["_run"]:
        args = parser.parse_args(argv[1:])
        Path(args.out).write_text(json.dumps(run(args), default=str))
        return 0
    args = parser.parse_args(argv)
    args.pg_url = (
        args.pg_url or os.environ.get("CORDIALE_BENCH_PG_URL") or os.environ.get("DATABASE_URL")
    )
    results: dict[str, dict[str, Any]] = {}
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        if backend not in ("sqlite", "postgresql"):
            raise SystemExit(f"unknown backend {backend!r} (sqlite, postgresql)")
        if backend == "postgresql" and not (args.pg_url or "").startswith("postgres"):
            print("\n[postgresql] skipped: no PostgreSQL server given (--pg-url postgres://...)")
            continue
        results[backend] = run_backend(backend, args)
    passed = report(results, args)
    if args.json:
        Path(args.json).write_text(
            json.dumps({"date": date.today().isoformat(), "results": results}, indent=2)
        )
    print("\nall targets met" if passed else "\nsome targets missed (see above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
