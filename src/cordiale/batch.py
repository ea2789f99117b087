"""Streaming batch determination: JSON Lines in, JSON Lines out, on every core.

Memory stays flat whatever the size of the input: lines are read, determined and written in
chunks, in order. A bad record becomes an error line naming its input line number; the batch
goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import IO, Any

import orjson
from tqdm import tqdm

from cordiale.law.casefile import facts_from_json
from cordiale.law.engine import determine
from cordiale.law.errors import CaseFileError
from cordiale.law.explain.render import Language, determination_to_dict
from cordiale.law.outcome import Regime
from cordiale.law.settings import DEFAULT_SETTINGS, EngineSettings

CHUNK_LINES = 500


@dataclass(frozen=True, slots=True)
class BatchOptions:
    as_of: date
    lang: Language = Language.EN
    regime: Regime | None = None
    settings: EngineSettings = DEFAULT_SETTINGS


@dataclass(slots=True)
class BatchSummary:
    records: int = 0
    determined: int = 0
    errors: int = 0


_OPTIONS: BatchOptions | None = None


def _init_worker(options: BatchOptions) -> None:
    global _OPTIONS
    _OPTIONS = options


def determine_line(line_number: int, line: bytes, options: BatchOptions) -> tuple[bytes, bool]:
    """One JSON Lines record to one output line; (output, ok)."""
    try:
        facts = facts_from_json(line, source=f"line {line_number}")
    except CaseFileError as exc:
        record = {
            "line": line_number,
            "errors": [
                {"path": e.path, "value": _jsonable(e.value), "expected": e.expected}
                for e in exc.errors
            ],
        }
        return orjson.dumps(record), False
    determination = determine(
        facts, as_of=options.as_of, settings=options.settings, regime=options.regime
    )
    record = {"line": line_number, **determination_to_dict(determination, options.lang)}
    return orjson.dumps(record), True


def _jsonable(value: object) -> object:
    try:
        orjson.dumps(value)
    except TypeError:
        return repr(value)
    return value


def _process_chunk(chunk: list[tuple[int, bytes]]) -> list[tuple[bytes, bool]]:
    assert _OPTIONS is not None
    return [determine_line(n, line, _OPTIONS) for n, line in chunk]


def _chunks(lines: Iterable[bytes]) -> Iterator[list[tuple[int, bytes]]]:
    numbered = ((n, line) for n, line in enumerate(lines, 1) if line.strip())
    while chunk := list(islice(numbered, CHUNK_LINES)):
        yield chunk


def run_batch(
    source: IO[bytes],
    out: IO[bytes],
    options: BatchOptions,
    *,
    workers: int | None = None,
    progress: bool | None = None,
) -> BatchSummary:
    """Determine every record of `source` into `out`, in input order."""
    workers = workers or os.cpu_count() or 1
    show = sys.stderr.isatty() if progress is None else progress
    summary = BatchSummary()
    bar = _progress_bar(show)
    chunks = _chunks(source)
    if workers == 1:
        _init_worker(options)
        results: Iterator[list[tuple[bytes, bool]]] = map(_process_chunk, chunks)
        _drain(results, out, summary, bar)
    else:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
            _drain(pool.imap(_process_chunk, chunks, chunksize=1), out, summary, bar)
    if bar is not None:
        bar.close()
    return summary


def _drain(
    results: Iterator[list[tuple[bytes, bool]]],
    out: IO[bytes],
    summary: BatchSummary,
    bar: tqdm[Any] | None,
) -> None:
    for chunk in results:
        out.write(b"\n".join(line for line, _ in chunk) + b"\n")
        for _, ok in chunk:
            summary.records += 1
            if ok:
                summary.determined += 1
            else:
                summary.errors += 1
        if bar is not None:
            bar.update(len(chunk))


def _progress_bar(show: bool) -> tqdm[Any] | None:
    if not show:
        return None
    return tqdm(unit=" cases", file=sys.stderr, smoothing=0.1)
