"""Streaming batch determination: JSON Lines in, JSON Lines out, on every core.

Memory stays flat whatever the size of the input: lines are read, determined and written in
chunks, in order. A bad record becomes an error line naming its input line number; the batch
goes on.
"""

from __future__ import annotations

import gc
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
    texts: bool = False  # rendered text beside the message keys (larger output)


@dataclass(slots=True)
class BatchSummary:
    records: int = 0
    determined: int = 0
    errors: int = 0


_OPTIONS: BatchOptions | None = None


def _configure(options: BatchOptions) -> None:
    global _OPTIONS  # one configuration per worker process
    _OPTIONS = options


def _init_worker(options: BatchOptions) -> None:
    _configure(options)
    # Each record allocates many small objects that die young: a higher first threshold
    # spares the collector needless passes, and the frozen start-up objects are not rescanned.
    gc.freeze()
    gc.set_threshold(20_000, 50, 50)


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
    if options.texts:
        record = {
            "line": line_number,
            **determination_to_dict(determination, options.lang, texts=True),
        }
        return orjson.dumps(record), True
    # Without texts the record is the determination itself: orjson encodes the dataclasses
    # natively, with the same keys as determination_to_dict(texts=False) (a test checks it).
    return b'{"line":%d,' % line_number + orjson.dumps(determination)[1:], True


def _jsonable(value: object) -> object:
    try:
        orjson.dumps(value)
    except TypeError:
        return repr(value)
    return value


def _process_chunk(chunk: list[tuple[int, bytes]]) -> tuple[bytes, int, int]:
    """One block of output lines for a chunk, and how many records in it had errors."""
    assert _OPTIONS is not None
    results = [determine_line(n, line, _OPTIONS) for n, line in chunk]
    block = b"\n".join(line for line, _ in results) + b"\n"
    return block, sum(1 for _, ok in results if not ok), len(results)


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
        _configure(options)
        _drain(map(_process_chunk, chunks), out, summary, bar)
    else:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
            _drain(pool.imap(_process_chunk, chunks, chunksize=1), out, summary, bar)
    if bar is not None:
        bar.close()
    return summary


def _drain(
    results: Iterator[tuple[bytes, int, int]],
    out: IO[bytes],
    summary: BatchSummary,
    bar: tqdm[Any] | None,
) -> None:
    for block, errors, count in results:
        out.write(block)
        summary.records += count
        summary.errors += errors
        summary.determined += count - errors
        if bar is not None:
            bar.update(count)


def _progress_bar(show: bool) -> tqdm[Any] | None:
    if not show:
        return None
    return tqdm(unit=" cases", file=sys.stderr, smoothing=0.1)
