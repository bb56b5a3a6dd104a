"""Benchmark of roadmap uploads that try to hurt the bot: a zip bomb, and a bomb the zip check is told to let by.

    python bench/upload.py [--gib 1] [--others 200]

Each file is parsed as an upload is (``RoadmapService.parse_file``: a child process limited in address space and
CPU time, killed on timeout) while the event loop keeps serving a stand-in for other users: a task that wakes
every 5 ms. It prints the verdict, the wall time to it, the event loop's worst lag (how late a wake-up came: what
another user's answer would wait), the bot process's peak resident memory and the children's. Cases:

* a well-formed .docx roadmap;
* a .docx of ``--gib`` GiB of zeros in about ``--gib`` MB: refused from its zip directory, nothing inflated;
* the same with the zip check switched off: python-docx really inflates it and the child's RLIMIT_AS stops it;
* ``--others`` uploads of the bomb at once (queued two at a time).

Goal: the lag stays under 50 ms (nothing heavy on the loop), the bot's peak memory does not move, each child
stays under its limit (512 MB).
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.services.errors import InvalidInput
from bot.services.roadmap import PARSE_MEMORY_MB, IsolatedParser
from tests.zipbomb import docx_bomb


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def real_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    table = document.add_table(rows=41, cols=4)
    for column, text in enumerate(("Этап", "Мероприятия", "Сроки", "Ответственные")):
        table.rows[0].cells[column].text = text
    for row in range(1, 41):
        for column, text in enumerate((f"{row}. Этап", "Встреча наставников", "Октябрь", "Наставник")):
            table.rows[row].cells[column].text = text
    document.save(str(path))
    return path


async def measure(label: str, parser: IsolatedParser, paths: list[Path]) -> None:
    lag = 0.0
    stop = asyncio.Event()

    async def other_users() -> None:
        nonlocal lag
        while not stop.is_set():
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            lag = max(lag, time.perf_counter() - before - 0.005)

    watcher = asyncio.create_task(other_users())
    await asyncio.sleep(0.02)
    started = time.perf_counter()

    async def one(path: Path) -> str:
        try:
            parsed = await parser(path, 2026)
            return f"parsed: {len(parsed.stages)} stages"
        except InvalidInput as exc:
            return f"refused: {exc.key}"

    verdicts = await asyncio.gather(*(one(p) for p in paths))
    wall = time.perf_counter() - started
    stop.set()
    await watcher
    shown = verdicts[0] if len(set(verdicts)) == 1 else ", ".join(sorted(set(verdicts)))
    print(f"{label:<46} {shown:<40} {wall:7.2f} s  loop lag max {lag * 1000:6.1f} ms  "
          f"bot peak RSS {peak_mb(resource.RUSAGE_SELF):6.1f} MB  children peak RSS "
          f"{peak_mb(resource.RUSAGE_CHILDREN):6.1f} MB")


async def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--gib", type=float, default=1.0, help="the bomb's inflated size")
    args.add_argument("--others", type=int, default=20, help="bombs uploaded at once")
    options = args.parse_args()
    mib = int(options.gib * 1024)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ok = real_docx(folder / "ok.docx")
        bomb = folder / "bomb.docx"
        bomb.write_bytes(docx_bomb(mib))
        print(f"bomb: {bomb.stat().st_size / 1e6:.2f} MB on the wire, {mib} MiB inflated; "
              f"child limit {PARSE_MEMORY_MB} MB; bot RSS at start {peak_mb(resource.RUSAGE_SELF):.1f} MB")
        await measure("a real roadmap (40 rows)", IsolatedParser(), [ok])
        await measure("zip bomb", IsolatedParser(), [bomb])
        await measure("zip bomb, zip check off (RLIMIT_AS stops it)", IsolatedParser(max_unpacked=4 << 30), [bomb])
        await measure(f"{options.others} zip bombs at once", IsolatedParser(), [bomb] * options.others)


if __name__ == "__main__":
    asyncio.run(main())
