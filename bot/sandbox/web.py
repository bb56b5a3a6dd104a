"""The sandbox's web chat: server-rendered HTML and a few lines of plain JavaScript (no build step).

``GET /`` is the whole page for one person (``?user=``) in one language (``?lang=``, remembered in a cookie); the
page asks ``/api/chat`` for the chat again whenever something changes (a long poll answered with ready HTML
fragments) and posts what the person does: ``/api/send`` (text, or a reply-keyboard button), ``/api/press`` (an
inline button), ``/api/contact``, ``/api/upload`` (a file). ``POST /people`` and ``POST /demo`` are plain forms.
Every text of the page is in ``locales/*/sandbox.ftl``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from html import escape
from typing import Any
from urllib.parse import quote

from aiohttp import web

from bot.i18n import Raw, TextFn, Translator
from bot.sandbox.chat import ADMIN_ID, ROLES, Entry, Sandbox, SandboxPerson

logger = logging.getLogger(__name__)

LONG_POLL_SECONDS = 25.0
MAX_UPLOAD = 20 * 1024 * 1024  # Telegram's limit for a bot's getFile
DEEP_LINK = re.compile(r"https://t\.me/[A-Za-z0-9_]+\?start=([A-Za-z0-9_-]+)")
LANGS = ("ru", "en")

# make a person with a role: an invite of that role in the newest organisation, opened by the new person
InviteMaker = Callable[[str], Awaitable[str | None]]
DemoMaker = Callable[[str], Awaitable[int]]
# Telegram id → the roles the bot has given that person (shown in the people list once they registered)
RolesLoader = Callable[[], Awaitable[dict[int, list[str]]]]

STYLE = """
*{box-sizing:border-box}body{margin:0;font:15px/1.4 system-ui,sans-serif;background:#e6ebee;color:#1b1f23}
header{background:#f7c948;padding:.5rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header strong{font-size:1.05rem}header nav{margin-left:auto}header a{color:#1b1f23}
main{display:grid;grid-template-columns:280px 1fr;height:calc(100vh - 44px)}
aside{background:#fff;border-right:1px solid #d0d7de;overflow:auto;padding:.75rem}
aside h2{font-size:.95rem;margin:.75rem 0 .35rem}aside ul{list-style:none;margin:0;padding:0}
aside li a{display:block;padding:.35rem .5rem;border-radius:6px;text-decoration:none;color:inherit}
aside li a.current{background:#d8ecff}aside li small{color:#57606a}
aside form{display:grid;gap:.35rem}aside input,aside select,aside button{font:inherit;padding:.3rem}
#chat{display:flex;flex-direction:column;min-height:0}
#chat h1{font-size:1rem;margin:0;padding:.6rem 1rem;background:#fff;border-bottom:1px solid #d0d7de}
#messages{flex:1;overflow:auto;padding:1rem;display:flex;flex-direction:column;gap:.5rem}
.msg{max-width:42rem;padding:.5rem .75rem;border-radius:10px;white-space:pre-wrap;word-wrap:break-word}
.bot{background:#fff;align-self:flex-start}.user{background:#d9fdd3;align-self:flex-end}
.msg .meta{font-size:.75rem;color:#57606a}.deleted{opacity:.45;text-decoration:line-through}
.alert,.toast{align-self:center;background:#fff3cd;border:1px solid #e0c36c;border-radius:8px;padding:.4rem .8rem}
.alert{background:#ffe1e1;border-color:#e39a9a}
.inline{display:grid;gap:.25rem;margin-top:.4rem}.inline div{display:flex;gap:.25rem}
.inline button,.inline a{flex:1;padding:.35rem;border:0;border-radius:6px;background:#e8f1fb;color:#0b5cad;
cursor:pointer;font:inherit;text-align:center;text-decoration:none}
.doc{display:inline-block;margin-top:.3rem}.photo{max-width:100%;margin-top:.3rem;border-radius:6px}
.open-link{margin-top:.3rem}#keyboard{display:grid;gap:.25rem;padding:.25rem 1rem}
#keyboard div{display:flex;gap:.25rem}#keyboard button{flex:1;padding:.45rem;font:inherit}
#composer{display:flex;gap:.5rem;padding:.6rem 1rem;background:#fff;border-top:1px solid #d0d7de}
#composer input[type=text]{flex:1;font:inherit;padding:.45rem}.spoiler{background:#999;color:#999}
#composer label{cursor:pointer;padding:.45rem}.notice{background:#fff3cd;padding:.4rem;border-radius:6px}
"""

SCRIPT = """
const S = document.body.dataset, USER = +S.user, LANG = S.lang;
let version = +S.version;
async function post(url, body) {
  const r = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'},
                              body: JSON.stringify(Object.assign({user: USER}, body))});
  if (!r.ok) alert(await r.text());
}
function apply(d) {
  const box = document.getElementById('messages');
  const atEnd = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  box.innerHTML = d.messages; document.getElementById('keyboard').innerHTML = d.keyboard;
  document.getElementById('people').innerHTML = d.people; version = d.version;
  if (atEnd) box.scrollTop = box.scrollHeight;
}
async function poll() {
  for (;;) {
    try {
      const r = await fetch(`/api/chat?user=${USER}&lang=${LANG}&version=${version}`);
      apply(await r.json());
    } catch (e) { await new Promise(res => setTimeout(res, 1000)); }
  }
}
document.addEventListener('click', e => {
  const b = e.target.closest('button');
  if (!b) return;
  if (b.dataset.cb) post('/api/press', {message_id: +b.dataset.msg, data: b.dataset.cb});
  else if (b.dataset.contact) post('/api/contact', {});
  else if (b.dataset.text) post('/api/send', {text: b.dataset.text});
  else if (b.dataset.start) {
    const f = document.getElementById('new-person');
    f.start.value = b.dataset.start; f.role.value = 'link';
    document.getElementById('link-note').hidden = false; f.name.focus();
  }
});
document.getElementById('composer').addEventListener('submit', e => {
  e.preventDefault();
  const input = e.target.text;
  if (input.value.trim()) post('/api/send', {text: input.value});
  input.value = '';
});
document.getElementById('file').addEventListener('change', async e => {
  const data = new FormData();
  data.append('user', USER); data.append('file', e.target.files[0]);
  await fetch('/api/upload', {method: 'POST', body: data});
  e.target.value = '';
});
document.getElementById('messages').scrollTop = 1e9;
poll();
"""


def _lang(request: web.Request) -> str:
    lang = request.query.get("lang") or request.cookies.get("sandbox_lang") or "ru"
    return lang if lang in LANGS else "ru"


def person_label(t: TextFn, person: SandboxPerson) -> str:
    return escape(person.name) if person.id != ADMIN_ID else t("sandbox-admin-name")


def role_label(t: TextFn, role: str) -> str:
    return t(f"sandbox-role-{role.replace('_', '-')}")


def render_entry(t: TextFn, entry: Entry) -> str:
    if entry.side in ("alert", "toast"):
        return f'<div class="{entry.side}" role="alert">{entry.html}</div>'
    parts = [f'<div class="msg {entry.side}{" deleted" if entry.deleted else ""}" data-seq="{entry.seq}">',
             entry.html]
    if entry.document:
        file_id, name = escape(entry.document["file_id"]), escape(entry.document["name"])
        parts.append(f'<div><a class="doc" href="/files/{file_id}" download="{name}">📄 {name}</a></div>')
    if entry.photo:
        parts.append(f'<img class="photo" src="/files/{escape(entry.photo)}" alt="">')
    if entry.side == "bot":
        for token in dict.fromkeys(DEEP_LINK.findall(entry.html)):
            parts.append(f'<div><button class="open-link" data-start="{escape(token)}">'
                         f'{t("sandbox-open-link")}</button></div>')
    if entry.buttons and not entry.deleted:
        parts.append('<div class="inline">')
        for row in entry.buttons:
            parts.append("<div>")
            for button in row:
                text = escape(button.get("text", ""))
                if "callback_data" in button:
                    parts.append(f'<button data-msg="{entry.message_id}" data-cb="{escape(button["callback_data"])}">'
                                 f"{text}</button>")
                elif "url" in button:
                    parts.append(f'<a href="{escape(button["url"])}" target="_blank" rel="noopener">{text}</a>')
            parts.append("</div>")
        parts.append("</div>")
    if entry.edited:
        parts.append(f'<div class="meta">{t("sandbox-edited")}</div>')
    parts.append("</div>")
    return "".join(parts)


def render_messages(t: TextFn, sandbox: Sandbox, user_id: int) -> str:
    entries = sandbox.timelines.get(user_id, [])
    if not entries:
        return f'<p class="meta">{t("sandbox-empty-chat")}</p>'
    return "".join(render_entry(t, entry) for entry in entries)


def render_keyboard(t: TextFn, sandbox: Sandbox, user_id: int) -> str:
    rows = sandbox.keyboards.get(user_id) or []
    out = []
    for row in rows:
        out.append("<div>")
        for button in row:
            text = escape(button["text"])
            attr = 'data-contact="1"' if button.get("contact") else f'data-text="{text}"'
            out.append(f'<button class="reply" {attr}>{text}</button>')
        out.append("</div>")
    return "".join(out)


def render_people(t: TextFn, sandbox: Sandbox, user_id: int, lang: str, roles: dict[int, list[str]]) -> str:
    counts = sandbox.unread(user_id)
    out = []
    for person in sandbox.people.values():
        current = ' class="current"' if person.id == user_id else ""
        given = [role_label(t, role) for role in roles.get(person.id, [])]
        if person.role == "admin" or not given:
            given.insert(0, role_label(t, person.role))
        role = ", ".join(given)
        count = counts.get(person.id)
        badge = f" · {t('sandbox-messages', count=count)}" if count else ""
        out.append(f'<li><a href="/?user={person.id}&amp;lang={lang}"{current}>{person_label(t, person)}'
                   f"<br><small>{role}{badge}</small></a></li>")
    return "".join(out)


def page(t: TextFn, sandbox: Sandbox, user_id: int, lang: str, notice: str | None, address: str,
         roles: dict[int, list[str]]) -> str:
    person = sandbox.people[user_id]
    other = "en" if lang == "ru" else "ru"
    options = "".join(f'<option value="{role}">{role_label(t, role)}</option>' for role in ROLES)
    notice_html = f'<p class="notice" role="status">{t(f"sandbox-notice-{notice}")}</p>' if notice else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{t("sandbox-title")}</title><style>{STYLE}</style></head>
<body data-user="{user_id}" data-lang="{lang}" data-version="{sandbox.version}">
<header><strong>{t("sandbox-banner")}</strong><span>{t("sandbox-bot-address", address=address)}</span>
<nav><a href="/?user={user_id}&amp;lang={other}">{t("sandbox-other-language")}</a></nav></header>
<main><aside>
<h2>{t("sandbox-people")}</h2><ul id="people">{render_people(t, sandbox, user_id, lang, roles)}</ul>
{notice_html}
<h2>{t("sandbox-new-person")}</h2>
<form id="new-person" method="post" action="/people?lang={lang}">
<input name="name" required maxlength="80" placeholder="{t("sandbox-name-placeholder")}"
 aria-label="{t("sandbox-name-placeholder")}">
<select name="role" aria-label="{t("sandbox-role")}">{options}
<option value="link">{t("sandbox-role-link")}</option></select>
<input type="hidden" name="start"><p id="link-note" class="meta" hidden>{t("sandbox-link-note")}</p>
<button type="submit">{t("sandbox-create-person")}</button></form>
<p class="meta">{t("sandbox-roles-hint")}</p>
<h2>{t("sandbox-demo")}</h2>
<form method="post" action="/demo?lang={lang}"><button type="submit">{t("sandbox-demo-button")}</button></form>
<p class="meta">{t("sandbox-demo-hint")}</p>
</aside>
<section id="chat"><h1>{t("sandbox-chat-as", name=Raw(person_label(t, person)))}</h1>
<div id="messages" aria-live="polite">{render_messages(t, sandbox, user_id)}</div>
<div id="keyboard">{render_keyboard(t, sandbox, user_id)}</div>
<form id="composer"><input type="text" name="text" autocomplete="off" placeholder="{t("sandbox-type")}"
 aria-label="{t("sandbox-type")}"><button type="submit">{t("sandbox-send")}</button>
<button type="button" data-contact="1" title="{t("sandbox-share-contact")}">📱 {t("sandbox-share-contact")}</button>
<label title="{t("sandbox-upload")}">📎 {t("sandbox-upload")}<input id="file" type="file" hidden></label></form>
</section></main><script>{SCRIPT}</script></body></html>"""


class WebChat:
    def __init__(self, sandbox: Sandbox, translator: Translator, make_invite: InviteMaker, make_demo: DemoMaker,
                 address: Callable[[], str], load_roles: RolesLoader) -> None:
        self.sandbox = sandbox
        self.load_roles = load_roles
        self.translator = translator
        self.make_invite = make_invite
        self.make_demo = make_demo
        self.address = address

    def register(self, app: web.Application) -> None:
        app.router.add_get("/", self.index)
        app.router.add_post("/people", self.new_person)
        app.router.add_post("/demo", self.demo)
        app.router.add_get("/api/chat", self.chat)
        app.router.add_post("/api/send", self.send)
        app.router.add_post("/api/press", self.press)
        app.router.add_post("/api/contact", self.contact)
        app.router.add_post("/api/upload", self.upload)
        app.router.add_get("/files/{file_id}", self.file)

    def _user(self, value: Any) -> int:
        try:
            user_id = int(value)
        except (TypeError, ValueError):
            raise web.HTTPBadRequest(text="user") from None
        if user_id not in self.sandbox.people:
            raise web.HTTPNotFound(text="no such person")
        return user_id

    async def index(self, request: web.Request) -> web.Response:
        lang = _lang(request)
        user_id = self._user(request.query.get("user", ADMIN_ID))
        notice = request.query.get("notice")
        notice = notice if notice in ("no-org", "demo-ready", "demo-failed") else None
        html = page(self.translator.bind(lang), self.sandbox, user_id, lang, notice, self.address(),
                    await self.load_roles())
        response = web.Response(text=html, content_type="text/html")
        response.set_cookie("sandbox_lang", lang, max_age=365 * 86400, samesite="Lax")
        return response

    async def new_person(self, request: web.Request) -> web.Response:
        lang = _lang(request)
        form = await request.post()
        name, role, start = (str(form.get(k) or "").strip() for k in ("name", "role", "start"))
        if not name or (role not in ROLES and role != "link") or (role == "link" and not start):
            raise web.HTTPBadRequest(text="name and role")
        if role == "link":
            person = self.sandbox.add_person(name, "link", lang)
            self.sandbox.send_text(person.id, f"/start {start}")
            raise web.HTTPSeeOther(f"/?user={person.id}&lang={lang}")
        token = None if role == "none" else await self.make_invite(role)
        if role != "none" and token is None:
            raise web.HTTPSeeOther(f"/?lang={lang}&notice=no-org")
        person = self.sandbox.add_person(name, role, lang)
        if token is not None:
            self.sandbox.send_text(person.id, f"/start {token}")
        raise web.HTTPSeeOther(f"/?user={person.id}&lang={lang}")

    async def demo(self, request: web.Request) -> web.Response:
        lang = _lang(request)
        try:
            coordinator = await self.make_demo(lang)
        except Exception:
            logger.exception("sandbox: the demo organisation could not be made")
            raise web.HTTPSeeOther(f"/?lang={lang}&notice=demo-failed") from None
        raise web.HTTPSeeOther(f"/?user={coordinator}&lang={lang}&notice=demo-ready")

    async def chat(self, request: web.Request) -> web.Response:
        lang = _lang(request)
        user_id = self._user(request.query.get("user"))
        version = request.query.get("version")
        if version is not None and version.isdigit():
            await self.sandbox.changed_since(int(version), LONG_POLL_SECONDS)
        t = self.translator.bind(lang)
        return web.json_response({
            "version": self.sandbox.version,
            "messages": render_messages(t, self.sandbox, user_id),
            "keyboard": render_keyboard(t, self.sandbox, user_id),
            "people": render_people(t, self.sandbox, user_id, lang, await self.load_roles()),
        })

    async def _json(self, request: web.Request) -> tuple[int, dict[str, Any]]:
        try:
            body = json.loads(await request.text())
        except ValueError:
            raise web.HTTPBadRequest(text="JSON") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="JSON object")
        return self._user(body.get("user")), body

    async def send(self, request: web.Request) -> web.Response:
        user_id, body = await self._json(request)
        text = str(body.get("text") or "").strip()
        if not text:
            raise web.HTTPBadRequest(text="text")
        self.sandbox.send_text(user_id, text)
        return web.json_response({"ok": True})

    async def press(self, request: web.Request) -> web.Response:
        user_id, body = await self._json(request)
        if not isinstance(body.get("message_id"), int) or not isinstance(body.get("data"), str):
            raise web.HTTPBadRequest(text="message_id and data")
        self.sandbox.press(user_id, body["message_id"], body["data"])
        return web.json_response({"ok": True})

    async def contact(self, request: web.Request) -> web.Response:
        user_id, _ = await self._json(request)
        self.sandbox.share_contact(user_id)
        return web.json_response({"ok": True})

    async def upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        user_id = self._user(form.get("user"))
        upload = form.get("file")
        if not isinstance(upload, web.FileField):
            raise web.HTTPBadRequest(text="file")
        content = upload.file.read()
        self.sandbox.upload(user_id, upload.filename or "file", content, upload.content_type)
        return web.json_response({"ok": True})

    async def file(self, request: web.Request) -> web.Response:
        stored = self.sandbox.api.files.get(request.match_info["file_id"])
        if stored is None:
            raise web.HTTPNotFound()
        disposition = "inline" if (stored.content_type or "").startswith("image/") else "attachment"
        return web.Response(body=stored.content, content_type=stored.content_type or "application/octet-stream",
                            headers={"Content-Disposition":
                                     f"{disposition}; filename*=UTF-8''{quote(stored.filename)}"})
