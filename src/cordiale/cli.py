"""The `cordiale` command.

Exit status: 0 on success, 2 when an input is unusable (the message names the field), 1 when
the command itself failed. Users never see a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path

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


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a date as YYYY-MM-DD") from None


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
    return parser


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


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
