"""Benchmark: this bot against a bare aiogram echo bot, side by side, over the same local fake Bot API.

    python bench/throughput.py --quick            # a few minutes: 2 rounds, 1,000-update burst, 8 s steady
    python bench/throughput.py                    # the issue's sizes: 5 rounds, 5,000-update burst, 40 s steady
    python bench/throughput.py --rounds 3 --burst 5000 --steady-seconds 20 --participants 900 --pairs 240 \
        --meetings 4000 --users 745

One seeded school (bench/export.py's ``build()``: 900 people, 240 pairs, 4,000 meetings, an active roadmap) is
copied fresh for every run. Each round runs the echo, then this bot, each as its own subprocess polling the fake
API on 127.0.0.1 (``python -m bot run`` with DATABASE_PATH, BOT_TOKEN, TELEGRAM_API_URL; the echo is a tiny
aiogram script generated into a temporary file). Both are started through the same tiny launcher that times every
event-loop callback (asyncio's ``Handle._run``) so the worst stall can be read from outside the bot's code.

Every run: start (process start → first getUpdates), idle RSS, a prelude (``/survey`` then «Изменить ответы» for
the questionnaire users, then «open» and «✏️ change answers», not measured: it gives them real questionnaire
buttons, built by the bot itself, on the review screen: «✏️ N» edits answer N), a
steady phase at 25 updates/s, then a burst with all updates queued at once. The mix (from ~745 users, registered
ones are real persons of the seeded school): unregistered /start and /help, registered /help and free text,
/mypair, /meetings, /tasks, questionnaire buttons, /survey.

Latency of an update = from the fake API handing it out (the first getUpdates answer that carries it) to the
first reply to that chat arriving at the fake API (sendMessage, editMessage*, answerCallbackQuery, sendDocument
…), matched first-in first-out per chat (the bot handles one update at a time per user). Figures are printed as
bot / echo ratios with min / median / max over the rounds. Nothing here asserts a figure.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import signal
import statistics
import sys
import tempfile
import textwrap
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bot.sandbox.fake_api import FakeBotAPI  # noqa: E402

STEADY_RATE = 25.0  # updates per second
REPLY_METHODS = frozenset({"sendMessage", "editMessageText", "editMessageReplyMarkup", "editMessageCaption",
                           "answerCallbackQuery", "sendDocument", "sendPhoto", "deleteMessage", "sendContact"})
HANDLED_RE = re.compile(rb"Update id=(\d+) is (?:not )?handled")
CLK_TCK = os.sysconf("SC_CLK_TCK")

# the launcher: times every event-loop callback (a stall is one callback holding the loop), then runs the module
LAUNCHER = textwrap.dedent('''
    import asyncio.events, os, runpy, sys, time
    _out = open(os.environ["BENCH_STALL_FILE"], "a", buffering=1)
    _run = asyncio.events.Handle._run
    def _timed(self, _run=_run, _clock=time.monotonic, _cpu=time.thread_time):
        started, cpu = _clock(), _cpu()
        _run(self)
        took = _clock() - started
        if took > 0.005:  # wall time (counts time stolen by other processes), CPU time of the loop's thread
            _out.write(f"{started:.4f} {took:.4f} {_cpu() - cpu:.4f}\\n")
    asyncio.events.Handle._run = _timed
    module, sys.argv = sys.argv[1], sys.argv[1:]
    if module.endswith(".py"):
        runpy.run_path(module, run_name="__main__")
    else:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
''')

ECHO = textwrap.dedent('''
    """A bare aiogram echo bot: one handler for messages, one for buttons."""
    import asyncio, logging, os
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import CallbackQuery, Message

    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "…")

    @dp.callback_query()
    async def pressed(callback: CallbackQuery) -> None:
        await callback.answer(callback.data)

    async def main() -> None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"]))
        bot = Bot(token=os.environ["BOT_TOKEN"], session=session)
        try:
            await dp.start_polling(bot, allowed_updates=dp.resolve_used_update_types())
        finally:
            await bot.session.close()

    asyncio.run(main())
''')

# kind → weight in the mix
MIX = {
    "anon_start": 8, "anon_help": 5, "help": 10, "text": 14, "mypair": 15, "meetings": 15, "tasks": 6,
    "button": 15, "survey": 12,
}
FREE_TEXTS = ("Здравствуйте! Когда следующая встреча?", "Спасибо", "Не могу найти программу", "Добрый день")


class TimedAPI(FakeBotAPI):
    """The fake Bot API, plus the moment of every request and of the first hand-out of every update."""

    def __init__(self) -> None:
        super().__init__()
        self.handed_out: dict[int, float] = {}

    def _notify_call(self) -> None:
        self.calls[-1].t = time.monotonic()  # type: ignore[attr-defined]
        super()._notify_call()

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        result = await super()._get_updates(params)
        now = time.monotonic()
        for update in result:
            self.handed_out.setdefault(update["update_id"], now)
        return result


@dataclass
class Sent:
    update_id: int
    chat_id: int
    kind: str
    callback_id: str | None = None
    queued: float = field(default_factory=time.monotonic)


@dataclass
class Phase:
    sent: list[Sent] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    unanswered: int = 0
    elapsed: float = 0.0
    cpu: float = 0.0
    first_reply: float = 0.0
    in_flight_peak: int = 0
    stall: tuple[float, float] = (0.0, 0.0)  # the longest callback: wall seconds, CPU seconds
    samples: dict[str, str] = field(default_factory=dict)  # kind → the text of one reply
    queued: list[float] = field(default_factory=list)  # from being queued at the fake API to the reply


@dataclass
class Run:
    name: str
    startup: float = 0.0
    idle_rss: float = 0.0
    peak_rss: float = 0.0
    steady: Phase = field(default_factory=Phase)
    burst: Phase = field(default_factory=Phase)
    stall_start: tuple[float, float] = (0.0, 0.0)
    note: str = ""
    errors: int = 0
    error_lines: list[str] = field(default_factory=list)


def proc_status(pid: int, key: str) -> float:
    """VmRSS / VmHWM of a process in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def proc_cpu(pid: int) -> float:
    """User + system CPU seconds of every thread of the process so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


class Process:
    def __init__(self, api: TimedAPI, workdir: Path, name: str, module: str, db_path: Path | None) -> None:
        self.api, self.workdir, self.name, self.module, self.db_path = api, workdir, name, module, db_path
        self.stall_file = workdir / f"{name}.stalls"
        self.log = workdir / f"{name}.log"
        self.proc: asyncio.subprocess.Process | None = None
        self._log_offset = 0
        self.handled: set[int] = set()

    async def start(self) -> float:
        env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ}
        env.update(BOT_TOKEN=self.api.token, TELEGRAM_API_URL=self.api.base_url, LOG_LEVEL="INFO",
                   PYTHONPATH=str(REPO_ROOT), PYTHONUNBUFFERED="1", BENCH_STALL_FILE=str(self.stall_file))
        if self.db_path is not None:
            env["DATABASE_PATH"] = str(self.db_path)
        args = [self.module] + (["run"] if self.module == "bot" else [])
        self.stall_file.write_text("")
        self.api.calls.clear()
        log = self.log.open("wb")
        started = time.monotonic()
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, str(self.workdir / "launcher.py"), *args, cwd=self.workdir, env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log)
        log.close()
        while True:
            polls = [c for c in self.api.calls if c.method == "getUpdates"]
            if polls:
                return polls[0].t - started  # type: ignore[attr-defined]
            if self.proc.returncode is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}")
            await asyncio.sleep(0.005)

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def read_handled(self) -> None:
        with self.log.open("rb") as log:
            log.seek(self._log_offset)
            chunk = log.read()
        end = chunk.rfind(b"\n") + 1
        self._log_offset += end
        self.handled.update(int(m.group(1)) for m in HANDLED_RE.finditer(chunk[:end]))

    async def wait_handled(self, ids: list[int], limit: float) -> None:
        deadline = time.monotonic() + limit
        wanted = set(ids)
        while True:
            self.read_handled()
            if wanted <= self.handled:
                return
            if self.proc is not None and self.proc.returncode is not None:
                raise RuntimeError(f"{self.name} exited:\n{self.log.read_text()[-3000:]}")
            if time.monotonic() > deadline:
                print(f"  ! {self.name}: {len(wanted - self.handled)} updates not handled within {limit:.0f} s",
                      flush=True)
                return
            await asyncio.sleep(0.05)

    def stalls(self, since: float, until: float) -> tuple[float, float]:
        """The longest event-loop callback in the window: its wall time and (separately) the most CPU one took."""
        wall = cpu = 0.0
        for line in self.stall_file.read_text().splitlines():
            at, took, used = map(float, line.split())
            if since <= at <= until:
                wall, cpu = max(wall, took), max(cpu, used)
        return wall, cpu

    async def stop(self) -> None:
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(self.proc.wait(), 30)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()


class Workload:
    """The users and the mix; the same sequence of kinds and users for both bots."""

    def __init__(self, users: int, participants: int, pairs: int, seed: int = 14) -> None:
        mentors = participants // 5
        registered = min(participants - 1, users * 4 // 5)
        self.registered = [100_000 + pid for pid in range(2, 2 + registered)]  # export.build: tg = 100_000 + id
        self.unregistered = [900_000 + n for n in range(users - registered)]
        self.paired = [100_000 + pid for pid in range(2, 2 + mentors)] + \
                      [100_000 + pid for pid in range(mentors + 2, mentors + 2 + pairs)]
        self.paired = [tg for tg in self.paired if tg in set(self.registered)]
        rnd = random.Random(seed)
        self.survey_users = rnd.sample(self.registered, min(len(self.registered), max(1, users // 5)))
        self.rnd = rnd
        self.kinds, self.weights = list(MIX), list(MIX.values())
        self.buttons: dict[int, list[tuple[int, str]]] = {}  # tg → (message id, callback data) on its screen

    def sequence(self, count: int, seed: int) -> list[tuple[str, int, str]]:
        """(kind, user, text or callback data); a button needs self.buttons, so it is resolved when sent."""
        rnd = random.Random(seed)
        out = []
        for kind in rnd.choices(self.kinds, self.weights, k=count):
            if kind in ("anon_start", "anon_help"):
                out.append((kind, rnd.choice(self.unregistered), "/start" if kind == "anon_start" else "/help"))
            elif kind in ("mypair", "meetings"):
                out.append((kind, rnd.choice(self.paired), "/" + kind))
            elif kind == "button":
                out.append((kind, rnd.choice(self.survey_users), ""))
            elif kind == "survey":
                out.append((kind, rnd.choice(self.survey_users), "/survey"))
            elif kind == "text":
                out.append((kind, rnd.choice(self.registered), rnd.choice(FREE_TEXTS)))
            else:
                out.append((kind, rnd.choice(self.registered), "/" + kind))
        return out

    def push(self, api: TimedAPI, kind: str, user: int, text: str, rnd: random.Random) -> Sent:
        if kind == "button":
            choices = self.buttons.get(user)
            if choices:
                message_id, data = rnd.choice(choices)
                update = api.push_update(api.callback_update(user, data, message_id))
                return Sent(update["update_id"], user, kind, update["callback_query"]["id"])
            text = "/survey"
        update = api.push_update(api.message_update(user, text))
        return Sent(update["update_id"], user, kind)


def harvest_buttons(api: TimedAPI, users: list[int]) -> dict[int, list[tuple[int, str]]]:
    """The questionnaire buttons (QCb, prefix q1) on the latest screen the bot showed each user."""
    wanted, found = set(users), dict[int, list[tuple[int, str]]]()
    for call in api.calls:
        if call.method not in ("sendMessage", "editMessageText", "editMessageReplyMarkup") or not call.ok:
            continue
        chat = call.params.get("chat_id")
        markup = call.params.get("reply_markup")
        if chat not in wanted or not isinstance(markup, dict) or "inline_keyboard" not in markup:
            continue
        message_id = int(call.result["message_id"] if call.method == "sendMessage" else call.params["message_id"])
        buttons = [(message_id, b["callback_data"]) for row in markup["inline_keyboard"] for b in row
                   if str(b.get("callback_data", "")).startswith("q1:")]
        if buttons:
            found[chat] = buttons
    return found


def analyse(api: TimedAPI, sent: list[Sent], since: float) -> Phase:
    phase = Phase(sent=sent)
    chat_of_callback = {s.callback_id: s.chat_id for s in sent if s.callback_id}
    replies: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for call in api.calls:
        t = getattr(call, "t", 0.0)
        if t < since or call.method not in REPLY_METHODS:
            continue
        chat = call.params.get("chat_id")
        if call.method == "answerCallbackQuery":
            chat = chat_of_callback.get(str(call.params.get("callback_query_id")))
        if chat is not None:
            replies[chat].append((t, f"{call.method}: {call.params.get('text', '')}"[:90]))
    by_chat: dict[int, list[tuple[float, str, float]]] = defaultdict(list)
    for s in sent:
        if s.update_id in api.handed_out:
            by_chat[s.chat_id].append((api.handed_out[s.update_id], s.kind, s.queued))
    events: list[tuple[float, int]] = []
    last_reply = 0.0
    for chat, handouts in by_chat.items():
        handouts.sort()
        answers = sorted(replies.get(chat, []))
        i = 0
        for handed, kind, queued in handouts:
            while i < len(answers) and answers[i][0] < handed:
                i += 1
            if i == len(answers):
                phase.unanswered += 1
                continue
            answered, text = answers[i]
            phase.samples.setdefault(kind, text)
            phase.latencies.append(answered - handed)
            phase.queued.append(answered - queued)
            events += [(handed, +1), (answered, -1)]
            last_reply = max(last_reply, answered)
            i += 1
    first_handout = min((api.handed_out[s.update_id] for s in sent if s.update_id in api.handed_out), default=0.0)
    phase.elapsed = last_reply - first_handout
    phase.first_reply = min((t for t, d in events if d < 0), default=first_handout) - first_handout
    level = 0
    for _, delta in sorted(events, key=lambda e: (e[0], e[1])):
        level += delta
        phase.in_flight_peak = max(phase.in_flight_peak, level)
    phase.unanswered += len(sent) - sum(len(h) for h in by_chat.values())
    return phase


async def quiet(api: TimedAPI, seconds: float = 0.5, limit: float = 10.0) -> None:
    """Until no request but getUpdates arrived for ``seconds``."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        recent = [c for c in api.calls[-50:] if c.method != "getUpdates"]
        if not recent or time.monotonic() - recent[-1].t > seconds:  # type: ignore[attr-defined]
            return
        await asyncio.sleep(0.1)


async def one_run(api: TimedAPI, work: Workload, workdir: Path, name: str, seed_db: Path | None,
                  options: argparse.Namespace, round_no: int) -> Run:
    api._updates.clear()  # nothing left over from the previous process
    db_path = None
    if seed_db is not None:
        db_path = workdir / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            (workdir / f"{name}.sqlite3{suffix}").unlink(missing_ok=True)
        shutil.copy(seed_db, db_path)
    module = "bot" if seed_db is not None else str(workdir / "echo.py")
    process = Process(api, workdir, name, module, db_path)
    run = Run(name)
    rnd = random.Random(round_no)
    try:
        run.startup = await process.start()
        polling = time.monotonic()
        await asyncio.sleep(2.0)  # menus set, scheduler started: idle
        await quiet(api)
        run.idle_rss = proc_status(process.pid, "VmRSS")

        # prelude: /survey, «open» the first questionnaire, «✏️ change answers»: the review screen's buttons
        for step in range(3):
            sent = []
            for user in work.survey_users:
                if step == 0:
                    sent.append(work.push(api, "survey", user, "/survey", rnd))
                elif name == "bot":
                    buttons = harvest_buttons(api, [user]).get(user)
                    if buttons:
                        message_id, data = buttons[0]
                        update = api.push_update(api.callback_update(user, data, message_id))
                        sent.append(Sent(update["update_id"], user, "button"))
            await process.wait_handled([s.update_id for s in sent], 120)
            await quiet(api)
        if name == "bot":
            # the burst presses «✏️ N» (edit answer N) and answer buttons, never «submit»; the echo reuses them
            work.buttons = {user: [b for b in buttons if not b[1].startswith("q1:x:")]
                            for user, buttons in harvest_buttons(api, work.survey_users).items()}
            actions = Counter(data.split(":")[1] for buttons in work.buttons.values() for _, data in buttons)
            run.note = f"questionnaire screens for {len(work.buttons)} users, buttons by action {dict(actions)}"

        # steady: 25 updates/s
        sequence = work.sequence(int(options.steady_seconds * STEADY_RATE), seed=1000 + round_no)
        since = steady_since = time.monotonic()
        cpu = proc_cpu(process.pid)
        sent = []
        for n, (kind, user, text) in enumerate(sequence):
            delay = since + n / STEADY_RATE - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            sent.append(work.push(api, kind, user, text, rnd))
        await process.wait_handled([s.update_id for s in sent], 300)
        await quiet(api)
        run.steady = analyse(api, sent, since)
        run.steady.cpu = (proc_cpu(process.pid) - cpu) / len(sent)
        run.steady.stall = process.stalls(since, time.monotonic())

        # burst: everything queued at once
        sequence = work.sequence(options.burst, seed=2000 + round_no)
        cpu = proc_cpu(process.pid)
        since = time.monotonic()
        sent = [work.push(api, kind, user, text, rnd) for kind, user, text in sequence]
        await process.wait_handled([s.update_id for s in sent], options.burst_timeout)
        await quiet(api)
        run.burst = analyse(api, sent, since)
        run.burst.cpu = (proc_cpu(process.pid) - cpu) / len(sent)
        run.burst.stall = process.stalls(since, time.monotonic())
        run.peak_rss = proc_status(process.pid, "VmHWM")
        run.stall_start = process.stalls(polling, steady_since)
    finally:
        await process.stop()
        lines = process.log.read_text(errors="replace").splitlines()
        errors = [n for n, line in enumerate(lines) if " ERROR " in line or line.startswith("Traceback")]
        run.errors = len(errors)
        if errors:  # the first error with what follows it (its traceback's last line says what it was)
            tail = [line for line in lines[errors[0] + 1:errors[0] + 60] if line and not line.startswith(" ")]
            run.error_lines = [lines[errors[0]][:200], *tail[:3]]
    return run


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def figures(run: Run) -> dict[str, float]:
    burst, steady = run.burst, run.steady
    answered = len(burst.sent) - burst.unanswered
    return {
        "throughput, burst queued (upd/s)": answered / burst.elapsed if burst.elapsed else float("nan"),
        "CPU per update, burst (ms)": burst.cpu * 1000,
        "CPU per update, 25 upd/s (ms)": steady.cpu * 1000,
        "latency p50 at 25 upd/s (ms)": pct(steady.latencies, 0.5) * 1000,
        "latency p95 at 25 upd/s (ms)": pct(steady.latencies, 0.95) * 1000,
        "latency p50 in burst (s)": pct(burst.latencies, 0.5),
        "latency p95 in burst (s)": pct(burst.latencies, 0.95),
        "burst p50 from queueing (s)": pct(burst.queued, 0.5),
        "burst p95 from queueing (s)": pct(burst.queued, 0.95),
        "first reply of the burst (s)": burst.first_reply,
        "updates in flight at peak": burst.in_flight_peak,
        "peak RSS, VmHWM (MB)": run.peak_rss,
        "idle RSS after start, VmRSS (MB)": run.idle_rss,
        "start to first getUpdates (s)": run.startup,
        "worst loop stall at 25 upd/s, wall (ms)": steady.stall[0] * 1000,
        "worst loop stall at 25 upd/s, CPU (ms)": steady.stall[1] * 1000,
        "worst loop stall in burst, wall (ms)": burst.stall[0] * 1000,
        "worst loop stall in burst, CPU (ms)": burst.stall[1] * 1000,
        "worst loop stall idle + prelude, wall (ms)": run.stall_start[0] * 1000,
        "worst loop stall idle + prelude, CPU (ms)": run.stall_start[1] * 1000,
        "unanswered updates (burst+steady)": burst.unanswered + steady.unanswered,
    }


def print_table(pairs: list[tuple[Run, Run]]) -> None:
    names = list(figures(pairs[0][0]))
    print()
    print("| measure | echo (median) | this bot (median) | bot/echo min | median | max |")
    print("|---|---|---|---|---|---|")
    for key in names:
        echo = [figures(e)[key] for e, _ in pairs]
        bot = [figures(b)[key] for _, b in pairs]
        ratios = [b / e if e else float("nan") for e, b in zip(echo, bot, strict=True)]

        def fmt(v: float, stall: bool = key.startswith("worst")) -> str:
            if stall and v < 5:
                return "<5"  # the launcher records callbacks over 5 ms only
            return f"{v:.0f}" if abs(v) >= 100 else (f"{v:.1f}" if abs(v) >= 10 else f"{v:.2f}")

        if key.startswith("unanswered"):
            print(f"| {key} | {fmt(statistics.median(echo))} | {fmt(statistics.median(bot))} | | | |")
            continue
        rs = [r for r, e, b in zip(ratios, echo, bot, strict=True)
              if r == r and not (key.startswith("worst") and (e < 5 or b < 5))]
        cells = (f"{min(rs):.2f}× | {statistics.median(rs):.2f}× | {max(rs):.2f}×" if rs else "– | – | –")
        print(f"| {key} | {fmt(statistics.median(echo))} | {fmt(statistics.median(bot))} | {cells} |")


def loadavg() -> str:
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


async def main(options: argparse.Namespace) -> None:
    from bench.export import prepare

    print(f"machine: {os.cpu_count()} CPUs, load average {loadavg()} at start", flush=True)
    work = Workload(options.users, options.participants, options.pairs)
    print(f"users: {len(work.registered)} registered ({len(work.paired)} in pairs, {len(work.survey_users)} with a"
          f" questionnaire open), {len(work.unregistered)} unregistered; burst {options.burst},"
          f" steady {options.steady_seconds:.0f} s at {STEADY_RATE:.0f} upd/s, {options.rounds} rounds", flush=True)
    with tempfile.TemporaryDirectory(prefix="throughput-") as tmp:
        workdir = Path(tmp)
        (workdir / "launcher.py").write_text(LAUNCHER)
        (workdir / "echo.py").write_text(ECHO)
        seed_db = workdir / "seed.sqlite3"
        await prepare(seed_db, options.participants, options.pairs, options.meetings)
        api = TimedAPI()
        async with api:
            print("warm-up run of the bot (disk cache, questionnaire buttons for the echo) …", flush=True)
            await one_run(api, work, workdir, "bot", seed_db, argparse.Namespace(
                steady_seconds=1, burst=50, burst_timeout=60), 0)
            pairs = []
            for round_no in range(1, options.rounds + 1):
                echo = await one_run(api, work, workdir, "echo", None, options, round_no)
                bot = await one_run(api, work, workdir, "bot", seed_db, options, round_no)
                pairs.append((echo, bot))
                for run in (echo, bot):
                    f = figures(run)
                    print(f"round {round_no} {run.name:>4}: {f['throughput, burst queued (upd/s)']:6.1f} upd/s,"
                          f" CPU {f['CPU per update, burst (ms)']:5.2f} ms/upd,"
                          f" p95 steady {f['latency p95 at 25 upd/s (ms)']:6.0f} ms,"
                          f" p95 burst {f['latency p95 in burst (s)']:5.2f} s,"
                          f" in flight {f['updates in flight at peak']:.0f},"
                          f" peak {f['peak RSS, VmHWM (MB)']:.0f} MB, start {f['start to first getUpdates (s)']:.2f} s,"
                          f" load {loadavg()}, errors logged {run.errors}", flush=True)
                    for line in run.error_lines:
                        print("    log:", line[:200])
                    if options.verbose:
                        if run.note:
                            print("   ", run.note)
                        for kind, text in sorted(run.burst.samples.items()):
                            print(f"    {kind:>10} → {text}")
                api.handed_out.clear()
    print_table(pairs)
    print(f"\nload average at the end: {loadavg()} ({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2 rounds, 1,000-update burst, 8 s steady (default sizes"
                        " otherwise: 5 rounds, 5,000, 40 s)")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--burst", type=int, help="updates queued at once")
    parser.add_argument("--steady-seconds", type=float, help="seconds at 25 updates/s")
    parser.add_argument("--burst-timeout", type=float, default=900.0)
    parser.add_argument("--verbose", action="store_true", help="one reply per kind of update, per run")
    parser.add_argument("--users", type=int, default=745)
    parser.add_argument("--participants", type=int, default=900)
    parser.add_argument("--pairs", type=int, default=240)
    parser.add_argument("--meetings", type=int, default=4000)
    options = parser.parse_args()
    defaults = (2, 1000, 8.0) if options.quick else (5, 5000, 40.0)
    options.rounds = options.rounds or defaults[0]
    options.burst = options.burst or defaults[1]
    options.steady_seconds = options.steady_seconds or defaults[2]
    asyncio.run(main(options))
