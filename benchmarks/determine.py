"""Throughput and memory of the law engine on invented Dublin III case files.

    .venv/bin/python benchmarks/determine.py                      # full run (1,000,000 batch)
    .venv/bin/python benchmarks/determine.py --n 2000 --batch-n 20000
    .venv/bin/python benchmarks/determine.py --skip-batch --profile determine

Steps:
1. generate N synthetic case files (fixed seed, the Calais mix of `synthetic.py`) as JSON;
2. parse + validate them (`facts_from_json`) on one core;
3. determine them with their time limits (`determine(facts, as_of=...)`) on one core;
4. write a JSON Lines file of --batch-n cases (not timed) and run the real command
   `cordiale determine --batch IN --out OUT --as-of ... --workers W` as a subprocess, timing it
   and sampling the summed RSS (and PSS) of its process tree from /proc every 0.2 s;
5. run a small batch with invalid records to check the error path.

Targets (issue): at least 10,000 cases/s per core for determination with deadlines; a batch of
1,000,000 cases end to end in under 2 minutes, with peak memory under 1 GiB. Figures only: the
tests never assert timings.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import platform
import pstats
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import (
    DEFAULT_SEED,
    expected_bad,
    generate_profiled,
    write_jsonl,
)

AS_OF = date(2026, 11, 26)
TARGET_DETERMINE_PER_CORE = 10_000  # cases/s
TARGET_BATCH_CASES = 1_000_000
TARGET_BATCH_SECONDS = 120.0
TARGET_PEAK_BYTES = 1 << 30  # 1 GiB
MIB = 1 << 20


# --- process-tree memory sampling -----------------------------------------------------------


_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: str) -> tuple[int, int] | None:
    """(parent pid, CPU ticks user + system) of a process, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    # The command name may contain spaces and parentheses: fields start after the last ')'.
    fields = stat[stat.rindex(b")") + 2 :].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def _tree(root: int) -> dict[int, tuple[int, int]]:
    """The processes of the tree under `root` (included): pid -> (parent, CPU ticks)."""
    children: dict[int, list[int]] = {}
    stats: dict[int, tuple[int, int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            stat = _stat(name)
            if stat is not None:
                stats[int(name)] = stat
                children.setdefault(stat[0], []).append(int(name))
    found: dict[int, tuple[int, int]] = {}
    todo = [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            found[pid] = stats[pid]
        todo.extend(children.get(pid, ()))
    return found


_PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except OSError:
        return 0


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@dataclass
class TreeSampler:
    """Polls the summed RSS and PSS of the descendants of `root` (a launcher, not counted), and
    the last CPU time seen for each of them."""

    root: int
    interval: float = 0.2
    peak_rss: int = 0
    peak_pss: int = 0
    peak_processes: int = 0
    samples: int = 0
    cpu_ticks: dict[int, int] = field(default_factory=dict)
    command_pid: int | None = None  # the launcher's child: the `cordiale` process
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            tree = _tree(self.root)
            pids = [pid for pid in tree if pid != self.root]
            for pid in pids:
                parent, ticks = tree[pid]
                self.cpu_ticks[pid] = ticks
                if parent == self.root:
                    self.command_pid = pid
            self.peak_rss = max(self.peak_rss, sum(_rss(p) for p in pids))
            self.peak_pss = max(self.peak_pss, sum(_pss(p) for p in pids))
            self.peak_processes = max(self.peak_processes, len(pids))
            self.samples += 1
            self._stop.wait(self.interval)

    def cpu_seconds(self) -> tuple[float, float]:
        """(the command's main process, its workers): CPU seconds, as last sampled."""
        main = self.cpu_ticks.get(self.command_pid or -1, 0)
        workers = sum(self.cpu_ticks.values()) - main
        return main / _TICKS, workers / _TICKS


# --- in-process measurements ----------------------------------------------------------------


def _timed(label: str, count: int, work: Callable[[], None], repeat: int) -> float:
    """Cases per CPU-second of this process (one core), the median of `repeat` runs. CPU time
    rather than wall time: other work on the shared machine then barely skews the figure."""
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(repeat):
        gc.collect()
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    cpu.sort()
    median = cpu[len(cpu) // 2]
    print(
        f"  {label:<42} {count:>7,} cases: CPU {median:6.2f} s = {count / median:>7,.0f} /s"
        f" (runs {min(cpu):.2f}-{max(cpu):.2f} s; wall {min(wall):.2f}-{max(wall):.2f} s)"
    )
    return count / median


def _profile(title: str, work: Callable[[], Any], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    print(f"\n--- cProfile: {title} (top {top} by cumulative time) ---")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("cumulative").print_stats(top)
    print(f"--- cProfile: {title} (top {top} by own time) ---")
    stats.sort_stats("tottime").print_stats(top)


@dataclass
class Row:
    what: str
    figure: str
    target: str = ""
    verdict: str = ""


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _in_process(args: argparse.Namespace, rows: list[Row]) -> None:
    from cordiale.batch import BatchOptions, determine_line
    from cordiale.law import CaseFileError, determine, facts_from_json
    from cordiale.law.explain.render import Language, determination_to_dict

    print(f"\n[1] generating {args.n:,} cases (seed {args.seed})")
    started = time.perf_counter()
    profiles: Counter[str] = Counter()
    lines: list[bytes] = []
    for profile, data in generate_profiled(args.n, args.seed):
        profiles[profile] += 1
        lines.append(orjson.dumps(data))
    mean = sum(map(len, lines)) / len(lines)
    print(
        f"  {time.perf_counter() - started:.2f} s, mean {mean:,.0f} bytes a case; mix: "
        + ", ".join(f"{p} {100 * c / args.n:.0f}%" for p, c in profiles.most_common())
    )

    def parse_all() -> None:
        for line in lines:
            facts_from_json(line)

    def determine_all() -> None:
        for facts in parsed:
            determine(facts, as_of=AS_OF)

    def render_all() -> None:
        for result in determined:
            orjson.dumps(determination_to_dict(result, Language.EN))

    options = BatchOptions(as_of=AS_OF)

    def lines_all() -> None:
        for number, line in enumerate(lines, 1):
            determine_line(number, line, options)

    # Every case must be valid; the results kept for the next steps are built untimed and
    # frozen out of the garbage collector, so that, as in the streaming batch, the timed loops
    # do not pay for collecting over tens of thousands of live objects.
    parsed: list[Any] = []
    for line in lines:
        try:
            parsed.append(facts_from_json(line))
        except CaseFileError as exc:
            raise SystemExit(f"generator produced an invalid case: {exc}") from None
    determined = [determine(facts, as_of=AS_OF) for facts in parsed]
    gc.collect()
    gc.freeze()

    print(f"\n[2] one core, in process (as_of {AS_OF.isoformat()}), cases per CPU-second")
    parse_rate = _timed("parse + validate (facts_from_json)", len(lines), parse_all, args.repeat)
    det_rate = _timed("determine + deadlines (determine)", len(parsed), determine_all, args.repeat)
    render_rate = _timed(
        "render (determination_to_dict + orjson)", len(determined), render_all, args.repeat
    )
    line_rate = _timed("whole record (batch.determine_line)", len(lines), lines_all, args.repeat)

    statuses = Counter(f"{d.regime.value}/{d.status.value}" for d in determined)
    deadlines = sum(len(d.deadlines) for d in determined)
    print(
        "  outcomes: "
        + ", ".join(f"{k} {100 * v / len(determined):.1f}%" for k, v in statuses.most_common())
        + f"; {deadlines / len(determined):.2f} deadlines a case"
    )
    rows.append(Row("parse + validate, one core", f"{parse_rate:,.0f} cases/s"))
    rows.append(
        Row(
            "determine + deadlines, per core",
            f"{det_rate:,.0f} cases/s",
            f">= {TARGET_DETERMINE_PER_CORE:,} /s",
            _verdict(det_rate >= TARGET_DETERMINE_PER_CORE),
        )
    )
    rows.append(Row("render to JSON, one core", f"{render_rate:,.0f} cases/s"))
    rows.append(Row("whole record (parse..JSON), one core", f"{line_rate:,.0f} cases/s"))

    for what in args.profile:
        if what == "parse":
            _profile("parse + validate", parse_all, args.profile_top)
        elif what == "determine":
            _profile("determine + deadlines", determine_all, args.profile_top)
        else:
            _profile("whole record (determine_line)", lines_all, args.profile_top)
    gc.unfreeze()


# --- the batch command ----------------------------------------------------------------------


def _command() -> list[str]:
    script = Path(sys.executable).parent / "cordiale"
    if script.exists():
        return [str(script)]
    found = shutil.which("cordiale")
    return [found] if found else [sys.executable, "-m", "cordiale.cli"]


@dataclass
class BatchRun:
    seconds: float
    returncode: int
    stderr: str
    sampler: TreeSampler
    maxrss_children: int  # bytes: the largest single process of the command's tree
    cpu_seconds: float  # user + system CPU of the whole tree


# Runs the command and reports its wall time and RUSAGE_CHILDREN. A small launcher process is
# needed because Linux charges to a child's ru_maxrss the RSS of the image it replaced at exec:
# spawned straight from this process, the command would be charged with the benchmark's own
# memory (the 20,000 in-process cases) rather than its own.
_LAUNCHER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.call(sys.argv[2:])
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    json.dump({"returncode": code, "seconds": seconds, "maxrss_kib": usage.ru_maxrss,
               "cpu_seconds": usage.ru_utime + usage.ru_stime}, f)
"""


def _run_batch(source: Path, out: Path, workers: int, tmp: Path) -> BatchRun:
    command = [
        *_command(),
        "determine",
        "--batch",
        str(source),
        "--out",
        str(out),
        "--as-of",
        AS_OF.isoformat(),
        "--workers",
        str(workers),
    ]
    report = tmp / "launcher.json"
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and command
            [sys.executable, "-c", _LAUNCHER, str(report), *command],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        sampler = TreeSampler(process.pid)
        sampler.start()
        launcher_code = process.wait()
        sampler.stop()
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    if launcher_code != 0 or not report.exists():
        raise SystemExit(f"the launcher failed ({launcher_code}): {stderr}")
    result = orjson.loads(report.read_bytes())
    return BatchRun(
        result["seconds"],
        result["returncode"],
        stderr,
        sampler,
        result["maxrss_kib"] * 1024,  # KiB on Linux
        result["cpu_seconds"],
    )


def _check_output(out: Path, expected_lines: int) -> tuple[int, int, list[str]]:
    """(records, records with errors, problems): every input line has its output line, in
    order."""
    problems: list[str] = []
    records = errors = 0
    with out.open("rb") as f:
        for records, raw in enumerate(f, 1):
            record = orjson.loads(raw)
            if record.get("line") != records and len(problems) < 5:
                problems.append(f"output line {records} is for input line {record.get('line')}")
            if "errors" in record:
                errors += 1
    if records != expected_lines:
        problems.append(f"{records:,} output lines for {expected_lines:,} input lines")
    return records, errors, problems


def _batch(args: argparse.Namespace, rows: list[Row]) -> bool:
    ok = True
    with tempfile.TemporaryDirectory(prefix="cordiale-bench-") as tmp:
        source, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        print(f"\n[3] writing {args.batch_n:,} cases to {source} (not timed)")
        started = time.perf_counter()
        size = write_jsonl(source, args.batch_n, args.seed, bad_every=args.bad_every)
        print(f"  {size / MIB:,.0f} MiB in {time.perf_counter() - started:.1f} s")
        bad = expected_bad(args.batch_n, args.bad_every)

        print(
            f"\n[4] {' '.join(_command())} determine --batch ... --workers {args.workers}"
            f" ({_load()})"
        )
        run = _run_batch(source, out, args.workers, Path(tmp))
        print(f"  {run.stderr.strip()}")
        rate = args.batch_n / run.seconds
        records, errors, problems = _check_output(out, args.batch_n)
        expected_code = 2 if bad else 0
        if run.returncode != expected_code:
            problems.append(f"exit status {run.returncode}, expected {expected_code}")
        if errors != bad:
            problems.append(f"{errors:,} error records, expected {bad:,}")
        print(
            f"  wall {run.seconds:.1f} s = {rate:,.0f} cases/s "
            f"({rate / args.workers:,.0f} /s per worker); exit {run.returncode}; "
            f"{records:,} output lines, {errors:,} errors; {out.stat().st_size / MIB:,.0f} MiB out"
        )
        print(
            f"  memory: summed RSS of the tree {run.sampler.peak_rss / MIB:,.0f} MiB, "
            f"summed PSS {run.sampler.peak_pss / MIB:,.0f} MiB "
            f"({run.sampler.peak_processes} processes, {run.sampler.samples} samples); "
            f"largest single process (ru_maxrss) {run.maxrss_children / MIB:,.0f} MiB"
        )
        main_cpu, workers_cpu = run.sampler.cpu_seconds()
        cores = os.cpu_count() or 1
        per_case = 1e6 * run.cpu_seconds / args.batch_n
        print(
            f"  CPU of the tree {run.cpu_seconds:.1f} s = {per_case:.0f} µs a case"
            f" (main process ~{main_cpu:.1f} s, workers ~{workers_cpu:.1f} s, sampled);"
            f" at best {run.cpu_seconds / cores * TARGET_BATCH_CASES / args.batch_n:.0f} s for"
            f" 1,000,000 on {cores} idle cores"
        )
        for problem in problems:
            print(f"  PROBLEM: {problem}")
        ok = not problems

        full = args.batch_n >= TARGET_BATCH_CASES
        projected = TARGET_BATCH_CASES / rate
        rows.append(
            Row(
                f"batch of {args.batch_n:,}, {args.workers} workers",
                f"{rate:,.0f} cases/s",
            )
        )
        rows.append(
            Row(
                "batch of 1,000,000 end to end" + ("" if full else " (extrapolated)"),
                f"{projected:,.1f} s",
                f"< {TARGET_BATCH_SECONDS:.0f} s",
                _verdict(projected < TARGET_BATCH_SECONDS),
            )
        )
        peak = max(run.sampler.peak_rss, run.maxrss_children)
        rows.append(
            Row(
                "peak memory (summed RSS of tree)",
                f"{peak / MIB:,.0f} MiB",
                "< 1,024 MiB",
                _verdict(peak < TARGET_PEAK_BYTES),
            )
        )
        rows.append(Row("  (summed PSS of tree)", f"{run.sampler.peak_pss / MIB:,.0f} MiB"))
        rows.append(
            Row("batch output complete and in order", "yes" if ok else "NO", "", _verdict(ok))
        )

        if args.error_check > 0:
            ok = _error_path(args, Path(tmp), rows) and ok
    return ok


def _error_path(args: argparse.Namespace, tmp: Path, rows: list[Row]) -> bool:
    n, every = args.error_check, 50
    source, out = tmp / "bad.jsonl", tmp / "bad-out.jsonl"
    write_jsonl(source, n, args.seed + 1, bad_every=every)
    print(f"\n[5] error path: {n:,} cases, every {every}th invalid")
    run = _run_batch(source, out, args.workers, tmp)
    records, errors, problems = _check_output(out, n)
    if errors != expected_bad(n, every):
        problems.append(f"{errors} error records, expected {expected_bad(n, every)}")
    if run.returncode != 2:
        problems.append(f"exit status {run.returncode}, expected 2")
    print(f"  {run.stderr.strip()}; exit {run.returncode}")
    for problem in problems:
        print(f"  PROBLEM: {problem}")
    rows.append(
        Row(
            "error path (bad records reported, batch goes on)",
            f"{errors}/{records} errors",
            "",
            _verdict(not problems),
        )
    )
    return not problems


# --- main -----------------------------------------------------------------------------------


def _load() -> str:
    """Other work on the machine skews the figures: say how busy it was."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="cases for the in-process parts")
    parser.add_argument("--batch-n", type=int, default=1_000_000, help="cases for the batch")
    parser.add_argument("--skip-batch", action="store_true", help="in-process parts only")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--bad-every", type=int, default=0, help="make every k-th batch record invalid"
    )
    parser.add_argument(
        "--error-check",
        type=int,
        default=5_000,
        metavar="N",
        help="cases of the error-path batch (0: skip)",
    )
    parser.add_argument(
        "--profile",
        action="append",
        default=[],
        choices=["determine", "parse", "line"],
        help="print a cProfile of that step (repeatable)",
    )
    parser.add_argument("--profile-top", type=int, default=15)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each in-process step (median reported)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    print(
        f"cordiale benchmark: Python {platform.python_version()}, {os.cpu_count()} cores, "
        f"{platform.machine()}; seed {args.seed}; as_of {AS_OF.isoformat()}; "
        f"{_load()}"
    )
    rows: list[Row] = []
    _in_process(args, rows)
    ok = True
    if not args.skip_batch:
        ok = _batch(args, rows)
    print("\n" + "=" * 96)
    print(f"{'measure':<52}{'figure':>18}  {'target':<15}{'':>6}")
    print("-" * 96)
    for row in rows:
        print(f"{row.what:<52}{row.figure:>18}  {row.target:<15}{row.verdict:>6}")
    print("=" * 96)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
