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
import importlib
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
from ._data import parse_lines
from ._detect import MARKUP, NO_BODY, NOT_FRENCH
from ._job import STEPS, Job, describe_error
from ._parallel import map_chunks
from .boilerplate import Rules
from .errors import FeuilletError, InputError
from .options import CleanOptions
from .pipeline import record_text
from .schema import parse_fields, project
from .typography import normalize_and_explain

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
  feuillet clean --jsonl --fields body,sentences.start,sentences.end corpus.jsonl
  feuillet clean --zones header,footer --abbreviations abbr.txt --unwrap article.txt
  feuillet clean --html --format json page.html     # an HTML page (needs feuillet[html])
""",
    "normalize": """\
examples:
  feuillet normalize article.txt                    # French typography (« », no-break spaces)
  feuillet normalize --profile plain article.txt    # for NLP: plain spaces and apostrophes
  feuillet normalize --jsonl corpus.jsonl -o out.jsonl   # adds {"feuillet": {"text": ...}}
  feuillet normalize --explain article.txt          # each change, rule and line, on stderr
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
    """A job (see :mod:`feuillet._job`) plus the options only the command line has."""

    show_removed: bool = False
    explain: bool = False
    label_documents: bool = False  # several files in text format: a "==> name <==" header
    html: bool = False  # clean --html: the inputs are HTML pages

    def process_html(
        self, page: str | bytes, where: str, url: str | None = None
    ) -> tuple[dict[str, Any], tuple[str, ...], tuple[str, ...]]:
        """``clean --html``: the page's main text through the usual pipeline.

        Bytes are given to trafilatura as they are, so that it reads the page's encoding.
        """
        from .html import clean_html  # only --html needs trafilatura

        article = clean_html(page, url=url, options=self.options)
        payload = article.to_dict()
        flags = (NO_BODY,) if article.no_body else ()
        notes = _removed_notes(where, payload) if self.show_removed else ()
        if self.fields is not None:
            payload = project(payload, self.fields)
        return payload, flags, notes

    def process(
        self, text: str, where: str
    ) -> tuple[dict[str, Any], tuple[str, ...], tuple[str, ...]]:
        """The result for *text*, its flags, and the notes to print about it."""
        if self.explain:  # normalize --explain: the same text, and how it was made
            explained = normalize_and_explain(text, profile=self.options.profile)
            payload: dict[str, Any] = {"text": explained.text}
            notes = tuple(
                f"{where}: line {c.line + 1} [{c.rule}]: {c.before!r} -> {c.after!r}"
                for c in explained.changes
            )
            flags = Job(self.command, self.options).run(text)[1]
        else:
            # Unprojected: --show-removed reads "removed" even when --fields leaves it out.
            payload, flags = Job(self.command, self.options).run(text)
            notes = _removed_notes(where, payload) if self.show_removed else ()
        if self.fields is not None:
            payload = project(payload, self.fields)
        return payload, flags, notes


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
    # "line N" for a person is 1-based; the JSON's "line" is a 0-based index (docs/cli.md).
    return tuple(
        f"{where}: removed line {r['line'] + 1} [{r['zone']} / {r['rule']}]: {r['text']}"
        for r in payload.get("removed", ())
    )


#: The summary's notice for each flag: what (one record, several records), and the advice.
NOTICES = {
    MARKUP: (
        "looks like HTML",
        "look like HTML",
        "give pages to `feuillet clean --html`: trafilatura first, pip install 'feuillet[html]'",
    ),
    NOT_FRENCH: (
        "does not look French",
        "do not look French",
        "French typography and rules may not fit",
    ),
    NO_BODY: (
        "had no article body",
        "had no article body",
        "no line reads as article prose: see no_body in the output",
    ),
}


def notices(counts: dict[str, int]) -> list[str]:
    """The summary lines for the flags counted over a run.

    >>> for line in notices({"not_french": 1, "no_body": 2}):
    ...     print(line)
    1 record does not look French (French typography and rules may not fit)
    2 records had no article body (no line reads as article prose: see no_body in the output)
    """
    lines = []
    for flag, (one, several, advice) in NOTICES.items():
        count = counts.get(flag, 0)
        if count:
            lines.append(f"{_plural(count, 'record')} {one if count == 1 else several} ({advice})")
    return lines


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
        if job.html:
            payload, flags, notes = job.process_html(item.data, item.where)
        else:
            try:
                text = item.data.decode("utf-8")
            except UnicodeDecodeError as error:
                raise InputError(_undecodable(error)) from None
            payload, flags, notes = job.process(text, item.where)
    except Exception as error:  # reported, and in skip mode written as an error entry
        message = f"{item.where}: {describe_error(error)}"
        output = b"" if fmt == "text" else _dump({"error": message}, fmt)
        return Outcome(output, message, size=size)
    if fmt == "text":
        output = render_text(job.command, payload).encode()
        if job.label_documents:  # several files: say where each document starts and ends
            output = f"==> {item.where} <==\n".encode() + output + b"\n"
        return Outcome(output, None, notes, size, flags=flags)
    return Outcome(_dump(payload, fmt), None, notes, size, flags=flags)


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
        if job.html:  # the field holds a page; a "url" field, if any, helps trafilatura
            url = record.get("url") if isinstance(record.get("url"), str) else None
            page = record_text(record, job.field)
            payload, flags, notes = job.process_html(page, item.where, url)
        else:
            payload, flags, notes = job.process(record_text(record, job.field), item.where)
    except Exception as error:
        message = f"{item.where}: {describe_error(error)}"
        entry: dict[str, Any] = {"error": message}
        if record is None:  # not a JSON object: keep the raw line so that nothing is lost
            entry["raw"] = item.data.decode("utf-8", errors="backslashreplace").rstrip("\r\n")
            record = {}
        record[job.output_field] = entry
        return Outcome(_dump(record, "jsonl") if item.data else b"", message, size=size)
    record[job.output_field] = payload
    return Outcome(_dump(record, "jsonl"), None, notes, size, flags=flags)


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
    if command == "normalize":
        sub.add_argument(
            "--explain",
            action="store_true",
            help="print each change (line, rule, before -> after) on stderr",
        )
    if command == "clean":
        sub.add_argument(
            "--no-boilerplate", action="store_true", help="keep every line (no boilerplate removal)"
        )
        sub.add_argument(
            "--html",
            action="store_true",
            help="the inputs are HTML pages (with --jsonl, the field holds one): their main "
            "text is extracted with trafilatura first; needs pip install 'feuillet[html]'",
        )
    if command in ("clean", "split"):
        sub.add_argument(
            "--keep-inline", action="store_true", help="keep boilerplate lines inside the body"
        )
        sub.add_argument(
            "--zones",
            metavar="ZONES",
            help="remove boilerplate only in these zones, e.g. header,footer "
            "(default: header,footer,inline)",
        )
        sub.add_argument(
            "--rules", metavar="FILE", help="boilerplate rules file (JSON, or .rules text)"
        )
        sub.add_argument(
            "--show-removed",
            action="store_true",
            help="print each removed line with its zone and rule on stderr (lines 1-based)",
        )
    if command in ("clean", "sentences"):
        sub.add_argument(
            "--abbreviations",
            metavar="FILE",
            help="extra abbreviations that never end a sentence, one a line (# comments)",
        )
    if command in ("clean", "paragraphs"):
        sub.add_argument(
            "--unwrap", action="store_true", help="join hard-wrapped lines into one paragraph"
        )
    sub.add_argument(
        "--fields",
        metavar="FIELDS",
        help="with json/jsonl output: the result fields to write, e.g. body,sentences or "
        "sentences.start,sentences.end for spans without text (see docs/cli.md)",
    )


def _make_job(parser: argparse.ArgumentParser, args: argparse.Namespace) -> CliJob:
    if not args.jsonl and (args.field is not None or args.output_field is not None):
        parser.error("--field and --output-field need --jsonl")
    if args.jsonl and args.format not in (None, "jsonl"):
        parser.error("--jsonl writes JSON Lines: --format must be jsonl or left out")
    if args.workers < 1:
        parser.error(f"--workers must be at least 1, not {args.workers}")
    fmt = "jsonl" if args.jsonl else (args.format or "text")
    fields = None
    if args.fields is not None:
        if fmt == "text":
            parser.error("--fields chooses JSON fields: use it with --format json/jsonl or --jsonl")
        try:
            fields = parse_fields(args.fields, args.command)
        except FeuilletError as error:
            parser.error(f"--fields: {error}")
    try:
        options = CleanOptions(**_option_values(args))
    except (OSError, FeuilletError, ImportError) as error:
        parser.error(str(error))
    html = getattr(args, "html", False)
    if html:
        try:
            importlib.import_module("trafilatura")
        except ImportError:
            parser.error("--html needs trafilatura: pip install 'feuillet[html]'")
    return CliJob(
        command=args.command,
        options=options,
        field=args.field or "text",
        output_field=args.output_field or "feuillet",
        fields=fields,
        show_removed=getattr(args, "show_removed", False),
        explain=getattr(args, "explain", False),
        label_documents=fmt == "text" and len(args.files) > 1,
        html=html,
    )


def _option_values(args: argparse.Namespace) -> dict[str, Any]:
    """The :class:`CleanOptions` fields given on the command line; errors name the option."""
    values: dict[str, Any] = {
        "profile": getattr(args, "profile", "typographic"),
        "boilerplate": not getattr(args, "no_boilerplate", False),
        "inline": not getattr(args, "keep_inline", False),
        "unwrap": getattr(args, "unwrap", False),
    }
    if getattr(args, "rules", None):
        values["rules"] = _with_option("--rules", args.rules, Rules.from_file)
    if getattr(args, "zones", None):
        zones = tuple(zone.strip() for zone in args.zones.split(","))
        _with_option("--zones", args.zones, lambda _: CleanOptions(zones=zones))
        values["zones"] = zones
    if getattr(args, "abbreviations", None):
        values["abbreviations"] = _with_option("--abbreviations", args.abbreviations, _read_list)
    if args.command in ("clean", "normalize"):  # an unknown profile or a missing extra
        _with_option("--profile", values["profile"], lambda p: CleanOptions(profile=p))
    return values


def _with_option(option: str, value: str, read: Any) -> Any:
    try:
        return read(value)
    except OSError as error:
        raise FeuilletError(f"{option} {value}: {error.strerror or error}") from None
    except (FeuilletError, ImportError) as error:
        raise FeuilletError(f"{option} {value}: {error}") from None


def _read_list(path: str) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as lines:
        return parse_lines(lines)


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
    flagged: dict[str, int] = {}  # records per flag ("markup", "not_french"), for the summary
    results = map_chunks(work, batches, workers=args.workers)
    # closing(): on the first error, the pool is shut down at once, not when garbage collected.
    # The output file is only put in place by commit(): a failed or interrupted run leaves
    # the previous file (or none) instead of a truncated one.
    with open_output(args.output) as output, contextlib.closing(results):
        out = output.stream
        try:
            for outcome in _flat(results):
                progress.update(outcome)
                for flag in outcome.flags:
                    flagged[flag] = flagged.get(flag, 0) + 1
                for note in outcome.notes:
                    progress.write(note)  # through the bar, which would garble a plain write
                lost += outcome.lost
                if outcome.error is not None:
                    errors += 1
                    progress.write(outcome.error)
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
        for notice in notices(flagged):
            warn(notice)
    return status


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _flat(batches: Iterator[list[Outcome]]) -> Iterator[Outcome]:
    for batch in batches:
        yield from batch


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
