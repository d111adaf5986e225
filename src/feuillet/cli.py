"""The ``feuillet`` command: the library's capabilities on files, stdin and JSON Lines.

Each input FILE (or ``-`` for stdin) is one document, unless ``--jsonl`` is given: then each
line is a JSON object whose ``--field`` holds the text, and each object is written back with
its other fields untouched and the result under ``--output-field``. See ``docs/cli.md``.

Work is done by module-level functions on picklable values, so that ``--workers N`` can send
batches of documents or lines to a process pool; at most ``2 * N`` batches are in flight,
which keeps memory flat on inputs of any size.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from . import __version__
from ._cli_io import (
    Item,
    Outcome,
    Progress,
    open_output,
    read_documents,
    read_lines,
    same_file,
    total_size,
    warn,
)
from ._parallel import map_chunks
from .boilerplate import Rules
from .errors import FeuilletError, InputError
from .pipeline import STEPS, Job, describe_error, record_text
from .typography import normalize

__all__ = ["EXIT_FAILED", "EXIT_INPUT_LOST", "EXIT_OK", "EXIT_USAGE", "main"]

COMMANDS = STEPS

#: Exit statuses (documented in ``docs/cli.md``).
EXIT_OK = 0
#: A bad record or input with ``--on-error fail``, or an output that cannot be written.
EXIT_FAILED = 1
#: A usage error (argparse's own status), including an output that is one of the inputs.
EXIT_USAGE = 2
#: ``--on-error skip`` went on, but some input could not be read to its end (a missing
#: file, a truncated ``.gz``): the output holds an error record where reading stopped.
EXIT_INPUT_LOST = 3


EXAMPLES = {
    "clean": """\
examples:
  feuillet clean examples/greve-sncf.txt            # clean body, blank line between paragraphs
  feuillet clean --format json article.txt          # text, body, paragraphs, sentences, removed
  feuillet clean --profile plain --no-boilerplate article.txt
  cat article.txt | feuillet clean -                # stdin
  feuillet clean --jsonl --field content --workers 4 corpus.jsonl.gz -o clean.jsonl.gz
""",
    "normalize": """\
examples:
  feuillet normalize article.txt                    # French typography (« », no-break spaces)
  feuillet normalize --profile plain article.txt    # for NLP: plain spaces and apostrophes
  feuillet normalize --jsonl corpus.jsonl -o out.jsonl   # adds {"feuillet": {"text": ...}}
""",
    "split": """\
examples:
  feuillet split article.txt                        # the body lines only
  feuillet split --show-removed article.txt         # removed lines, zone and rule on stderr
  feuillet split --rules site-rules.json --keep-inline article.txt
  feuillet split --format json article.txt          # {"body": ..., "removed": [...]}
""",
    "sentences": """\
examples:
  feuillet sentences article.txt                    # one sentence per line
  feuillet sentences --format jsonl a.txt b.txt     # spans: {"sentences": [{start,end,text}]}
  feuillet normalize article.txt | feuillet sentences
""",
    "paragraphs": """\
examples:
  feuillet paragraphs article.txt                   # paragraphs separated by blank lines
  feuillet paragraphs --format json article.txt     # spans and kind (paragraph / heading)
""",
}

DESCRIPTIONS = {
    "clean": "Normalize, remove boilerplate and segment (the whole job).",
    "normalize": "Normalize French typography.",
    "split": "Separate the article body from header, footer and inline boilerplate.",
    "sentences": "Split into sentences.",
    "paragraphs": "Split into paragraphs (headings told apart).",
}


# --- What to do with one text --------------------------------------------------------------


@dataclass(frozen=True)
class CliJob(Job):
    """A :class:`feuillet.pipeline.Job` plus the options only the command line has."""

    show_removed: bool = False


def render_text(command: str, payload: dict[str, Any]) -> str:
    """The ``--format text`` rendering of a payload, ending with a newline unless empty."""
    if command == "clean":
        out = "\n\n".join(p["text"] for p in payload["paragraphs"])
    elif command == "normalize":
        out = payload["text"].removesuffix("\n")
    elif command == "split":
        out = payload["body"].removesuffix("\n")
    elif command == "sentences":
        out = "\n".join(" ".join(s["text"].split("\n")) for s in payload["sentences"])
    else:
        out = "\n\n".join(p["text"] for p in payload["paragraphs"])
    return out + "\n" if out else ""


def _removed_notes(where: str, payload: dict[str, Any]) -> tuple[str, ...]:
    return tuple(
        f"{where}: removed line {r['line'] + 1} [{r['zone']} / {r['rule']}]: {r['text']}"
        for r in payload.get("removed", ())
    )


def _undecodable(error: UnicodeDecodeError, base: int = 0) -> str:
    byte = error.object[error.start]
    return (
        f"undecodable byte 0x{byte:02x} at byte offset {base + error.start} (input must be "
        "UTF-8; convert it first, e.g. with iconv -f latin1 -t utf-8)"
    )


def process_documents(batch: list[Item], *, job: CliJob, fmt: str) -> list[Outcome]:
    """Process whole documents (one per input file)."""
    return [_process_document(item, job, fmt) for item in batch]


def _process_document(item: Item, job: CliJob, fmt: str) -> Outcome:
    size = len(item.data)
    if item.error is not None:  # the file could not be read: its text is lost
        message = f"{item.where}: {item.error}"
        output = b"" if fmt == "text" else _dump({"error": message}, fmt)
        return Outcome(output, message, size=size, lost=True)
    try:
        try:
            text = item.data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(_undecodable(error)) from None
        payload = job.payload(text)
    except Exception as error:  # reported, and in skip mode written as an error entry
        message = f"{item.where}: {describe_error(error)}"
        output = b"" if fmt == "text" else _dump({"error": message}, fmt)
        return Outcome(output, message, size=size)
    notes = _removed_notes(item.where, payload) if job.show_removed else ()
    if fmt == "text":
        return Outcome(render_text(job.command, payload).encode(), None, notes, size)
    return Outcome(_dump(payload, fmt), None, notes, size)


def process_lines(batch: list[Item], *, job: CliJob) -> list[Outcome]:
    """Process JSONL lines: parse, clean the field, write the object back with the result."""
    return [_process_line(item, job) for item in batch]


def _process_line(item: Item, job: CliJob) -> Outcome:
    size = len(item.data)
    if item.blank:
        return Outcome(b"\n", size=size, record=False)
    if item.error is not None:
        # Reading stopped here (a truncated .gz, an I/O error): an error record marks the
        # place in the output, so that the loss can be found there, not only on stderr.
        message = f"{item.where}: {item.error}"
        lost = {job.output_field: {"error": message, "lost": True}}
        return Outcome(_dump(lost, "jsonl"), message, size=size, lost=True)
    record: dict[str, Any] | None = None
    try:
        record = _parse_record(item)
        payload = job.payload(record_text(record, job.field))
    except Exception as error:
        message = f"{item.where}: {describe_error(error)}"
        entry: dict[str, Any] = {"error": message}
        if record is None:  # not a JSON object: keep the raw line so that nothing is lost
            entry["raw"] = item.data.decode("utf-8", errors="backslashreplace").rstrip("\r\n")
            record = {}
        record[job.output_field] = entry
        return Outcome(_dump(record, "jsonl") if item.data else b"", message, size=size)
    notes = _removed_notes(item.where, payload) if job.show_removed else ()
    record[job.output_field] = payload
    return Outcome(_dump(record, "jsonl"), None, notes, size)


def _parse_record(item: Item) -> dict[str, Any]:
    try:
        line = item.data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(_undecodable(error, item.offset)) from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error}") from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    return record


def _dump(value: Any, fmt: str) -> bytes:
    indent = 2 if fmt == "json" else None
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape: keep it escaped
        data = json.dumps(value, ensure_ascii=True, indent=indent).encode("ascii")
    return data + b"\n"


# --- Command line ----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``feuillet`` command."""
    parser = argparse.ArgumentParser(
        prog="feuillet",
        description="Turn raw French news text into clean, structured text.",
        epilog="examples:\n"
        + "".join(EXAMPLES[c].removeprefix("examples:\n") for c in COMMANDS)
        + "\nRun 'feuillet COMMAND --help' for the options and examples of a command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"feuillet {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        sub = commands.add_parser(
            command,
            help=DESCRIPTIONS[command],
            description=DESCRIPTIONS[command],
            epilog=EXAMPLES[command],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _add_common_options(sub)
        _add_command_options(sub, command)
    return parser


def _add_common_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "files",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help="input files; '-' is stdin (default)",
    )
    sub.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (.gz ok)")
    sub.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        help="output format (default text; --jsonl input always writes jsonl)",
    )
    sub.add_argument("--jsonl", action="store_true", help="input is JSON Lines, one object a line")
    sub.add_argument("--field", help="with --jsonl: field holding the text (default: text)")
    sub.add_argument(
        "--output-field", help="with --jsonl: field receiving the result (default: feuillet)"
    )
    sub.add_argument("--workers", type=int, default=1, metavar="N", help="processes (default 1)")
    sub.add_argument(
        "--on-error",
        choices=("fail", "skip"),
        default="fail",
        help="fail: stop with exit code 1 (default); skip: write an error entry and go on",
    )
    sub.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")


def _add_command_options(sub: argparse.ArgumentParser, command: str) -> None:
    if command in ("clean", "normalize"):
        sub.add_argument(
            "--profile",
            default="typographic",
            help="typography profile: typographic (default), plain or ascii",
        )
    if command == "clean":
        sub.add_argument(
            "--no-boilerplate", action="store_true", help="keep every line (no boilerplate removal)"
        )
    if command in ("clean", "split"):
        sub.add_argument(
            "--keep-inline", action="store_true", help="keep boilerplate lines inside the body"
        )
        sub.add_argument("--rules", metavar="FILE.json", help="boilerplate rules file (JSON)")
        sub.add_argument(
            "--show-removed",
            action="store_true",
            help="print each removed line with its zone and rule on stderr",
        )


def _make_job(parser: argparse.ArgumentParser, args: argparse.Namespace) -> CliJob:
    if not args.jsonl and (args.field is not None or args.output_field is not None):
        parser.error("--field and --output-field need --jsonl")
    if args.jsonl and args.format not in (None, "jsonl"):
        parser.error("--jsonl writes JSON Lines: --format must be jsonl or left out")
    if args.workers < 1:
        parser.error(f"--workers must be at least 1, not {args.workers}")
    rules = None
    if getattr(args, "rules", None):
        try:
            rules = Rules.from_file(args.rules)
        except (OSError, FeuilletError) as error:
            parser.error(f"--rules {args.rules}: {error}")
    profile = getattr(args, "profile", "typographic")
    if args.command in ("clean", "normalize"):
        try:
            normalize("", profile=profile)  # an unknown profile or missing extra fails here
        except (FeuilletError, ImportError) as error:
            parser.error(f"--profile {profile}: {error}")
    return CliJob(
        command=args.command,
        profile=profile,
        boilerplate=not getattr(args, "no_boilerplate", False),
        inline=not getattr(args, "keep_inline", False),
        rules=rules,
        field=args.field or "text",
        output_field=args.output_field or "feuillet",
        show_removed=getattr(args, "show_removed", False),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``feuillet`` command; return its exit status.

    0 ok, 1 a bad record or input (``--on-error fail``), 2 a usage error, 3 some input
    could not be read to its end (``--on-error skip``); see :data:`EXIT_INPUT_LOST`.

    >>> main(["normalize", "--help"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    SystemExit: 0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    job = _make_job(parser, args)
    clash = same_file(args.output, args.files)
    if clash is not None:  # checked before anything is opened for writing
        parser.error(
            f"the output {args.output} is the input {clash} (same file or a link to it): "
            "writing it would destroy the input; choose another output file"
        )
    try:
        return _run(args, job)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        warn("interrupted")
        return 130
    except OSError as error:
        warn(f"{args.output}: {error.strerror or error}")
        return 1


def _run(args: argparse.Namespace, job: CliJob) -> int:
    fmt = "jsonl" if args.jsonl else (args.format or "text")
    if args.jsonl:
        batches = read_lines(args.files)
        work: Any = partial(process_lines, job=job)
    else:
        batches = read_documents(args.files)
        work = partial(process_documents, job=job, fmt=fmt)
    as_array = fmt == "json" and len(args.files) > 1
    if "-" in args.files and sys.stdin.isatty() and not args.quiet:
        warn("reading the text from the terminal; end it with Ctrl-D (see feuillet --help)")
    started = time.perf_counter()
    progress = Progress(sys.stderr.isatty() and not args.quiet, total_size(args.files))
    errors, lost, status, written = 0, 0, EXIT_OK, 0
    results = map_chunks(work, batches, workers=args.workers)
    # closing(): on the first error, the pool is shut down at once, not when garbage collected.
    # The output file is only put in place by commit(): a failed or interrupted run leaves
    # the previous file (or none) instead of a truncated one.
    with open_output(args.output) as output, contextlib.closing(results):
        out = output.stream
        try:
            for outcome in _flat(results):
                progress.update(outcome)
                for note in outcome.notes:
                    warn(note)
                lost += outcome.lost
                if outcome.error is not None:
                    errors += 1
                    warn(outcome.error)
                    if args.on_error == "fail":
                        status = EXIT_FAILED
                        break
                if outcome.output:
                    if as_array:
                        out.write(b"[\n" if written == 0 else b",\n")
                        out.write(outcome.output.rstrip(b"\n"))
                    else:
                        out.write(outcome.output)
                    written += 1
        finally:
            progress.close()
            if as_array:
                out.write(b"\n]\n" if written else b"[]\n")
        if status == EXIT_OK:
            output.commit()
    if status == EXIT_OK and lost:
        status = EXIT_INPUT_LOST
    if not args.quiet:
        seconds = time.perf_counter() - started
        stopped = ""
        if status == EXIT_FAILED:
            kept = "" if args.output == "-" else f"; {args.output} was not written"
            stopped = f" (stopped at the first error{kept}; --on-error skip goes on)"
        elif status == EXIT_INPUT_LOST:
            stopped = f" ({_plural(lost, 'input')} not read to the end: exit status 3)"
        counts = f"{_plural(progress.records, 'record')}, {_plural(errors, 'error')}"
        warn(f"{counts}, {seconds:.2f} s{stopped}")
    return status


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _flat(batches: Iterator[list[Outcome]]) -> Iterator[Outcome]:
    for batch in batches:
        yield from batch


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
