"""``python -m bot roadmap parse FILE --academic-year YYYY [--json] [--as-written]``: show what the roadmap parser
understood; ``python -m bot roadmap check-corpus [DIR]``: how much of each real roadmap in the corpus it gets right.

Needs neither the bot token nor any other setting, and does not import aiogram.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from bot.services.roadmap_parser import (
    Deadline,
    ParsedRoadmap,
    RoadmapFileError,
    move_to_school_year,
    parse_roadmap,
)

DEFAULT_CORPUS = Path("tests/fixtures/roadmaps/corpus")


def _academic_year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a year such as 2024, got {value!r}") from None
    if not 2000 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"expected a year between 2000 and 2100, got {year}")
    return year


def add_roadmap_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    roadmap = subparsers.add_parser("roadmap", help="read roadmap documents (no bot token needed)")
    actions = roadmap.add_subparsers(dest="roadmap_command", metavar="ACTION", required=True)
    parse = actions.add_parser(
        "parse", help="read a roadmap (.docx, .pdf, .odt, .txt, .tsv, .md) and print what was understood",
        description="Read a roadmap («дорожная карта») and print its stages, activities, deadlines, "
                    "responsible staff, the year it is written for and warnings.",
    )
    parse.add_argument("file", type=Path, metavar="FILE", help="the roadmap: .docx, .pdf, .odt, .txt, .tsv or .md")
    parse.add_argument("--academic-year", type=_academic_year, required=True, metavar="YYYY",
                       help="the academic year that starts in September YYYY (2024 means 2024–2025): deadlines "
                            "are placed in it, moved from the year the document names")
    parse.add_argument("--as-written", action="store_true",
                       help="keep the deadlines in the year the document names (do not move them)")
    parse.add_argument("--json", action="store_true", help="print exactly one JSON object instead of a summary")
    corpus = actions.add_parser(
        "check-corpus", help="parse every real roadmap in the corpus and print how much was right",
        description="Compare what the parser reads in each roadmap of the corpus with what a person read in it "
                    "(<name>.expected.json beside each document): stages, activities, dates and people right.",
    )
    corpus.add_argument("directory", type=Path, nargs="?", default=DEFAULT_CORPUS, metavar="DIR",
                        help=f"the corpus (default: {DEFAULT_CORPUS})")


def run_roadmap(args: argparse.Namespace) -> int:
    if args.roadmap_command == "check-corpus":
        return run_check_corpus(args.directory)
    try:
        roadmap = parse_roadmap(args.file, args.academic_year)
    except RoadmapFileError as exc:
        print(f"Cannot read the roadmap: {exc}", file=sys.stderr)
        return 2
    if not args.as_written:
        roadmap = move_to_school_year(roadmap, args.academic_year)
    if args.json:
        print(json.dumps(roadmap.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_summary(roadmap, args.file.name, args.academic_year))
    return 0


def run_check_corpus(directory: Path) -> int:
    from bot.services.roadmap_parser.corpus import check_corpus, render_table

    if not directory.is_dir():
        print(f"No corpus at {directory}", file=sys.stderr)
        return 2
    results = check_corpus(directory)
    print(render_table(results))
    return 0


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _describe(deadline: Deadline) -> str:
    if not deadline.understood:
        return "NOT UNDERSTOOD"
    if deadline.start is None and deadline.end is None:
        return "when it happens (no date)"
    if deadline.start is None:
        assert deadline.end is not None
        when = f"by {_day(deadline.end)}"
    elif deadline.start == deadline.end or deadline.end is None:
        when = _day(deadline.start)
    else:
        when = f"{_day(deadline.start)}–{_day(deadline.end)}"
    repeat = {"yearly": ", every year", "weekly": ", every week"}.get(deadline.recurrence or "", "")
    return when + repeat


def render_summary(roadmap: ParsedRoadmap, name: str, academic_year: int) -> str:
    """A plain-text account of what was understood, for a person checking the import."""
    lines = [f"{name}, academic year {academic_year}–{academic_year + 1}: {len(roadmap.stages)} stage(s), "
             f"{len(roadmap.warnings)} warning(s)"]
    if roadmap.document_year is not None:
        year = roadmap.document_year
        span = f"{year.start}" if year.start == year.end else f"{year.start}–{year.end}"
        moved = f"; deadlines moved by {roadmap.moved_years:+d} year(s)" if roadmap.moved_years else ""
        lines.append(f"Written for the {year.kind} year {span} («{year.text}»){moved}")
    for stage in roadmap.stages:
        lines += ["", f"Stage {stage.number}. {stage.title}", f"  Activities ({len(stage.items)}):"]
        for item in stage.items:
            own = "" if item.inherited else "  [" + "; ".join(
                [_describe(d) for d in item.deadlines] + [r.text for r in item.responsible]) + "]"
            lines.append(f"    - {item.title}{own}")
        if stage.deadlines:
            lines.append("  Deadlines:")
            lines += [f"    - {d.text}: {_describe(d)}" for d in stage.deadlines]
        if stage.responsible:
            people = ", ".join(f"{r.text} ({r.kind}{'' if r.understood else ', not recognised'})"
                               for r in stage.responsible)
            lines.append(f"  Responsible: {people}")
    if roadmap.warnings:
        lines += ["", "Warnings:"]
        lines += [f"  ! {warning}" for warning in roadmap.warnings]
    return "\n".join(lines)
