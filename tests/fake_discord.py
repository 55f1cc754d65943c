"""A small, strict stand-in for Discord's REST API (v10) and gateway on 127.0.0.1.

The bot's end-to-end tests drive the real ``discord.py`` client against this
server, so what is tested is what would go over the wire: the callback types,
the embeds, the components and the ``allowed_mentions`` the bot sends. It keeps
Discord's rules that matter for correctness: a followup before the first
response is refused (404, code 10015) and a second response to one interaction
is refused (400, code 40060), so a bot that gets the order wrong fails here too.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import yarl
from aiohttp import WSMsgType, web

JSON = dict[str, Any]

EPHEMERAL = 64
LOADING = 128

_ids = itertools.count(1_100_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_ids))


def _json(data: Any, status: int = 200) -> web.Response:
    """Discord's exact content type: discord.py reads the body as text otherwise."""
    return web.Response(status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})


def _error(status: int, code: int, message: str) -> web.Response:
    return _json({"code": code, "message": message}, status=status)


@dataclass
class Request:
    """One HTTP request the bot made."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float


@dataclass
class InteractionRecord:
    """What happened to one interaction we sent to the bot."""

    id: str
    token: str
    payload: JSON
    sent_at: float
    callback_at: float | None = None
    callback_type: int | None = None
    callback_data: JSON | None = None
    original_id: str | None = None
    followup_ids: list[str] = field(default_factory=list)
    edits: list[JSON] = field(default_factory=list)
    rejected: list[tuple[str, int]] = field(default_factory=list)


class FakeDiscord:
    """The fake server; ``await start()``, point discord.py at it with :meth:`patch_discord`."""

    def __init__(self) -> None:
        # Fixed ids, like Discord's: a bot restarted against a new fake finds the same server and
        # channels (per-channel settings are stored by id). Messages get fresh snowflakes.
        self.app_id = "900000000000000001"
        self.guild_id = "900000000000000002"
        self.channel_id = "900000000000000003"
        self.forum_id = "900000000000000004"  # a forum channel, with one post (a thread) already open
        self.post_id = "900000000000000005"
        self.app_flags = 0  # 1 << 18: the Message Content intent is granted
        self.threads: dict[str, JSON] = {}
        self.identify_intents: list[int] = []
        self.bot_user: JSON = {
            "id": self.app_id,
            "username": "Dossier",
            "discriminator": "0",
            "global_name": "Dossier",
            "avatar": None,
            "bot": True,
        }
        self.requests: list[Request] = []
        self.commands: dict[str | None, list[JSON]] = {}
        self.interactions: dict[str, InteractionRecord] = {}
        self.messages: dict[str, JSON] = {}
        self.identified = asyncio.Event()
        self._changed = asyncio.Condition()
        self._sockets: list[tuple[web.WebSocketResponse, Any]] = []
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._saved: tuple[str, yarl.URL] | None = None

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for ws, _ in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
        self.restore_discord()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def patch_discord(self) -> None:
        """Send every REST call and the gateway connection of discord.py here."""
        import discord.gateway
        import discord.http

        self._saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = f"{self.base}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{self.port}/")

    def restore_discord(self) -> None:
        import discord.gateway
        import discord.http

        if self._saved is not None:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved
            self._saved = None

    # ------------------------------------------------------------------ gateway
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        compressor = zlib.compressobj() if request.query.get("compress") == "zlib-stream" else None
        entry = (ws, compressor)
        await self._send(entry, {"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    await self._send(entry, {"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    self.identify_intents.append(int(data["d"].get("intents", 0)))
                    self._sockets.append(entry)
                    await self._dispatch_to(entry, "READY", self._ready())
                    await self._dispatch_to(entry, "GUILD_CREATE", self._guild())
                    self.identified.set()
        finally:
            if entry in self._sockets:
                self._sockets.remove(entry)
        return ws

    def _ready(self) -> JSON:
        return {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": self.guild_id, "unavailable": True}],
            "session_id": "fake-session",
            "resume_gateway_url": f"ws://127.0.0.1:{self.port}/",
            "application": {"id": self.app_id, "flags": 0},
            "shard": [0, 1],
        }

    def _guild(self) -> JSON:
        return {
            "id": self.guild_id,
            "name": "Dossier test guild",
            "icon": None,
            "owner_id": snowflake(),
            "roles": [{"id": self.guild_id, "name": "@everyone", "permissions": "2248473465835073",
                       "position": 0, "color": 0, "hoist": False, "managed": False, "mentionable": False}],
            "emojis": [],
            "stickers": [],
            "features": [],
            "channels": [self._channel(), self._forum()],
            "threads": [self._thread(self.post_id, self.forum_id, "How do I ask?")],
            "members": [],
            "voice_states": [],
            "presences": [],
            "member_count": 2,
            "large": False,
            "unavailable": False,
            "joined_at": _now(),
            "preferred_locale": "en-US",
            "verification_level": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "system_channel_flags": 0,
        }

    def _channel(self) -> JSON:
        return {"id": self.channel_id, "type": 0, "guild_id": self.guild_id, "name": "general",
                "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None}

    def _forum(self) -> JSON:
        return {"id": self.forum_id, "type": 15, "guild_id": self.guild_id, "name": "questions",
                "position": 1, "permission_overwrites": [], "nsfw": False, "parent_id": None,
                "available_tags": [], "default_reaction_emoji": None}

    def _thread(self, thread_id: str, parent_id: str, name: str) -> JSON:
        thread = {"id": thread_id, "type": 11, "guild_id": self.guild_id, "name": name, "parent_id": parent_id,
                  "owner_id": self.app_id, "message_count": 0, "member_count": 1, "rate_limit_per_user": 0,
                  "thread_metadata": {"archived": False, "auto_archive_duration": 1440, "locked": False,
                                      "archive_timestamp": _now()}}
        self.threads[thread_id] = thread
        return thread

    async def _send(self, entry: tuple[web.WebSocketResponse, Any], payload: JSON) -> None:
        ws, compressor = entry
        data = json.dumps(payload)
        if compressor is None:
            await ws.send_str(data)
        else:
            await ws.send_bytes(compressor.compress(data.encode()) + compressor.flush(zlib.Z_SYNC_FLUSH))

    async def _dispatch_to(self, entry: tuple[web.WebSocketResponse, Any], event: str, data: JSON) -> None:
        await self._send(entry, {"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def dispatch(self, event: str, data: JSON) -> None:
        for entry in list(self._sockets):
            await self._dispatch_to(entry, event, data)

    # ------------------------------------------------------------------ REST
    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json":
                body = json.loads(raw)
            else:
                body = raw.decode(errors="replace")
        self.requests.append(Request(request.method, path, dict(request.query), body, time.monotonic()))
        try:
            return await self._route(request.method, path.split("/")[1:], body)
        finally:
            async with self._changed:
                self._changed.notify_all()

    async def _route(self, method: str, parts: list[str], body: Any) -> web.Response:
        match (method, parts):
            case ("GET", ["users", "@me"]):
                return _json(self.bot_user)
            case ("GET", ["oauth2", "applications", "@me"]):
                return _json(self._app_info())
            case ("GET", ["gateway"]) | ("GET", ["gateway", "bot"]):
                return _json({"url": f"ws://127.0.0.1:{self.port}/", "shards": 1,
                              "session_start_limit": {"total": 1000, "remaining": 1000,
                                                      "reset_after": 0, "max_concurrency": 1}})
            case ("PUT", ["applications", _, "commands"]):
                return _json(self._store_commands(None, body))
            case ("PUT", ["applications", _, "guilds", guild, "commands"]):
                return _json(self._store_commands(guild, body))
            case ("GET", ["applications", _, "commands"]):
                return _json(self.commands.get(None, []))
            case ("GET", ["applications", _, "guilds", guild, "commands"]):
                return _json(self.commands.get(guild, []))
            case ("POST", ["interactions", iid, token, "callback"]):
                return self._callback(iid, token, body)
            case ("POST", ["webhooks", _, token]):
                return self._followup(token, body)
            case ("GET", ["webhooks", _, token, "messages", mid]):
                return self._get_message(token, mid)
            case ("PATCH", ["webhooks", _, token, "messages", mid]):
                return self._edit_message(token, mid, body)
            case ("DELETE", ["webhooks", _, token, "messages", mid]):
                return self._delete_message(token, mid)
            case ("POST", ["channels", cid, "messages"]):
                return _json(self._channel_message(cid, body))
            case ("PATCH", ["channels", cid, "messages", mid]) if mid in self.messages:
                return _json(self._apply_edit(self.messages[mid], body))
            case ("POST", ["channels", cid, "messages", mid, "threads"]):
                return _json(await self._start_thread(cid, mid, body))
            case ("POST", ["channels", cid, "typing"]):
                return web.Response(status=204)
        return _error(404, 0, f"404: Not Found ({method} /{'/'.join(parts)})")

    def _app_info(self) -> JSON:
        return {
            "id": self.app_id, "name": "Dossier", "description": "", "icon": None, "bot_public": False,
            "bot_require_code_grant": False, "owner": {**self.bot_user, "id": snowflake(), "bot": False,
                                                       "username": "owner"},
            "verify_key": "0" * 64, "flags": self.app_flags, "summary": "", "team": None,
        }

    def _store_commands(self, guild: str | None, body: list[JSON]) -> list[JSON]:
        stored = []
        for cmd in body:
            stored.append({"id": snowflake(), "application_id": self.app_id, "version": snowflake(),
                           "type": cmd.get("type", 1), "default_member_permissions": None,
                           "description": "",  # Discord returns "" for context-menu commands, which send none
                           **({"guild_id": guild} if guild else {}), **cmd})
        self.commands[guild] = stored
        return stored

    # -- interaction endpoints -------------------------------------------------
    def _by_token(self, token: str) -> InteractionRecord | None:
        return next((r for r in self.interactions.values() if r.token == token), None)

    def _callback(self, iid: str, token: str, body: JSON) -> web.Response:
        record = self.interactions.get(iid)
        if record is None or record.token != token:
            return _error(404, 10062, "Unknown interaction")
        if record.callback_type is not None:
            record.rejected.append(("callback", 40060))
            return _error(400, 40060, "Interaction has already been acknowledged.")
        kind = body["type"]
        data = body.get("data") or {}
        record.callback_at = time.monotonic()
        record.callback_type = kind
        record.callback_data = data
        message: JSON | None = None
        if kind in (4, 5):
            flags = data.get("flags", 0) | (LOADING if kind == 5 else 0)
            message = self._new_message(record, {**data, "flags": flags} if kind == 4 else
                                        {"content": "", "flags": flags})
            record.original_id = message["id"]
        elif kind in (6, 7):
            source = record.payload.get("message")
            record.original_id = source["id"] if source else None
            if kind == 7 and record.original_id in self.messages:
                message = self._apply_edit(self.messages[record.original_id], data)
        response: JSON = {"interaction": {"id": iid, "type": record.payload["type"],
                                          "response_message_loading": kind == 5,
                                          "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL)}}
        if message is not None:
            response["interaction"]["response_message_id"] = message["id"]
            response["resource"] = {"type": kind, "message": message}
        else:
            response["resource"] = {"type": kind}
        return _json(response)

    def _followup(self, token: str, body: JSON) -> web.Response:
        record = self._by_token(token)
        if record is None or record.callback_type is None:
            if record is not None:
                record.rejected.append(("followup", 10015))
            return _error(404, 10015, "Unknown Webhook")
        original = self.messages.get(record.original_id or "")
        if record.callback_type == 5 and original is not None and original["flags"] & LOADING:
            # Like Discord: the first followup after a deferral fills in the "thinking" message.
            keep = original["flags"] & EPHEMERAL
            message = self._apply_edit(original, {**body, "flags": keep})
        else:
            message = self._new_message(record, body)
            record.followup_ids.append(message["id"])
        return _json(message)

    def _resolve(self, record: InteractionRecord, mid: str) -> str | None:
        return record.original_id if mid == "@original" else mid

    def _get_message(self, token: str, mid: str) -> web.Response:
        record = self._by_token(token)
        if record is None or record.callback_type is None:
            return _error(404, 10015, "Unknown Webhook")
        message = self.messages.get(self._resolve(record, mid) or "")
        return _json(message) if message else _error(404, 10008, "Unknown Message")

    def _edit_message(self, token: str, mid: str, body: JSON) -> web.Response:
        record = self._by_token(token)
        if record is None or record.callback_type is None:
            if record is not None:
                record.rejected.append(("edit", 10015))
            return _error(404, 10015, "Unknown Webhook")
        message = self.messages.get(self._resolve(record, mid) or "")
        if message is None:
            return _error(404, 10008, "Unknown Message")
        record.edits.append(body)
        return _json(self._apply_edit(message, body))

    def _delete_message(self, token: str, mid: str) -> web.Response:
        record = self._by_token(token)
        if record is None or record.callback_type is None:
            return _error(404, 10015, "Unknown Webhook")
        self.messages.pop(self._resolve(record, mid) or "", None)
        return web.Response(status=204)

    def _new_message(self, record: InteractionRecord, data: JSON) -> JSON:
        message = {
            "id": snowflake(), "channel_id": self.channel_id, "guild_id": self.guild_id,
            "author": self.bot_user, "content": data.get("content") or "", "embeds": data.get("embeds") or [],
            "components": data.get("components") or [], "attachments": [], "mentions": [],
            "mention_roles": [], "mention_everyone": False, "pinned": False, "tts": False,
            "timestamp": _now(), "edited_timestamp": None, "type": 20, "flags": data.get("flags", 0),
            "webhook_id": self.app_id, "application_id": self.app_id,
            "allowed_mentions": data.get("allowed_mentions"),
            "interaction_metadata": {"id": record.id, "type": record.payload["type"],
                                     "user": _user_of(record.payload),
                                     "authorizing_integration_owners": {}},
        }
        self.messages[message["id"]] = message
        return message

    def _channel_message(self, channel_id: str, body: JSON) -> JSON:
        """A message the bot posts in a channel or thread (a reply when it has a message_reference)."""
        if channel_id not in (self.channel_id, *self.threads):
            return {"code": 10003, "message": "Unknown Channel"}
        reference = body.get("message_reference")
        message = {
            "id": snowflake(), "channel_id": channel_id, "guild_id": self.guild_id, "author": self.bot_user,
            "content": body.get("content") or "", "embeds": body.get("embeds") or [],
            "components": body.get("components") or [], "attachments": [], "mentions": [], "mention_roles": [],
            "mention_everyone": False, "pinned": False, "tts": False, "timestamp": _now(),
            "edited_timestamp": None, "type": 19 if reference else 0, "flags": body.get("flags", 0),
            "allowed_mentions": body.get("allowed_mentions"),
        }
        if reference:
            message["message_reference"] = {**{k: str(v) for k, v in reference.items() if k != "fail_if_not_exists"},
                                            "guild_id": self.guild_id}
        self.messages[message["id"]] = message
        return message

    async def _start_thread(self, channel_id: str, message_id: str, body: JSON) -> JSON:
        """A public thread started from a message (its id is the message's id, as on Discord)."""
        thread = self._thread(message_id, channel_id, body.get("name", ""))
        await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        return thread

    def _apply_edit(self, message: JSON, data: JSON) -> JSON:
        for key in ("content", "embeds", "components", "allowed_mentions"):
            if key in data:
                message[key] = data[key] if data[key] is not None else ([] if key != "content" else "")
        if "flags" in data:
            message["flags"] = data["flags"] & ~LOADING
        else:
            message["flags"] &= ~LOADING
        message["edited_timestamp"] = _now()
        return message

    # ------------------------------------------------------------------ driving the bot
    def _user(self, user_id: str) -> JSON:
        return {"id": user_id, "username": f"user{user_id[-4:]}", "discriminator": "0",
                "global_name": None, "avatar": None}

    def _base(self, kind: int, user_id: str, permissions: str = "2248473465835073") -> JSON:
        return {
            "id": snowflake(), "application_id": self.app_id, "type": kind, "token": "tok-" + snowflake(),
            "version": 1, "guild_id": self.guild_id, "channel_id": self.channel_id,
            "channel": self._channel(), "guild": {"id": self.guild_id, "locale": "en-US", "features": []},
            "member": {"user": self._user(user_id), "roles": [], "joined_at": _now(), "deaf": False,
                       "mute": False, "flags": 0, "permissions": permissions},
            "app_permissions": "2248473465835073", "entitlements": [], "authorizing_integration_owners": {},
            "context": 0, "locale": "en-US", "guild_locale": "en-US", "attachment_size_limit": 8_388_608,
        }

    def command(self, name: str) -> JSON:
        for cmds in self.commands.values():
            for cmd in cmds:
                if cmd["name"] == name:
                    return cmd
        raise KeyError(f"command /{name} was never registered")

    def _command_data(self, name: str, options: dict[str, Any], focused: str | None) -> JSON:
        cmd = self.command(name)
        declared = {o["name"]: o for o in cmd.get("options", [])}
        opts = []
        for key, value in options.items():
            opt: JSON = {"name": key, "type": declared[key]["type"], "value": value}
            if key == focused:
                opt["focused"] = True
            opts.append(opt)
        data: JSON = {"id": cmd["id"], "name": name, "type": 1, "options": opts}
        if "guild_id" in cmd:
            data["guild_id"] = cmd["guild_id"]
        return data

    def slash(self, name: str, user_id: str = "4001", permissions: str = "2248473465835073",
              channel_id: str | None = None, **options: Any) -> JSON:
        payload = self._base(2, user_id, permissions)
        if channel_id is not None:
            payload["channel_id"] = channel_id
            payload["channel"] = {**self._channel(), "id": channel_id}
        payload["data"] = self._command_data(name, options, None)
        return payload

    def message_command(self, name: str, content: str, user_id: str = "4001", author_id: str = "5001") -> JSON:
        """A message context-menu command (right-click a message → Apps → ``name``) on a message saying ``content``.

        Discord puts the target message, content included, in ``data.resolved``: the bot needs no
        message-content intent to read it.
        """
        cmd = self.command(name)
        assert cmd.get("type") == 3, f"{name!r} is not a message command"
        mid = snowflake()
        message = {
            "id": mid, "channel_id": self.channel_id, "guild_id": self.guild_id, "author": self._user(author_id),
            "content": content, "timestamp": _now(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": False, "type": 0, "flags": 0, "components": [],
        }
        payload = self._base(2, user_id)
        data: JSON = {"id": cmd["id"], "name": name, "type": 3, "target_id": mid,
                      "resolved": {"messages": {mid: message}}}
        if "guild_id" in cmd:
            data["guild_id"] = cmd["guild_id"]
        payload["data"] = data
        return payload

    def autocomplete(self, name: str, focused: str, user_id: str = "4001", **options: Any) -> JSON:
        payload = self._base(4, user_id)
        payload["data"] = self._command_data(name, options, focused)
        return payload

    def click(self, message_id: str, custom_id: str, user_id: str = "4001",
              values: list[str] | None = None) -> JSON:
        """A button click (or select choice when ``values`` is given) on a message the bot sent."""
        payload = self._base(3, user_id)
        message = self.messages[message_id]
        payload["message"] = message
        data: JSON = {"custom_id": custom_id, "component_type": 2}
        if values is not None:
            data = {"custom_id": custom_id, "component_type": 3, "values": values}
        payload["data"] = data
        return payload

    def user_message(self, content: str, user_id: str = "4001", *, channel_id: str | None = None,
                     mentions: tuple[str, ...] = (), reply_to: str | None = None, bot: bool = False,
                     mention_roles: tuple[str, ...] = (), mention_everyone: bool = False,
                     content_visible: bool = True) -> JSON:
        """A MESSAGE_CREATE as Discord sends it. ``mentions`` are user ids (the bot's is
        :attr:`app_id`); ``content_visible=False`` is what a bot without the Message Content
        intent receives for a message that does not mention it: empty content."""
        author = {**self._user(user_id), **({"bot": True} if bot else {})}
        message: JSON = {
            "id": snowflake(), "channel_id": channel_id or self.channel_id, "guild_id": self.guild_id,
            "author": author, "member": {"roles": [], "joined_at": _now(), "deaf": False, "mute": False,
                                         "flags": 0},
            "content": content if content_visible else "", "timestamp": _now(), "edited_timestamp": None,
            "tts": False, "mention_everyone": mention_everyone,
            "mentions": [self.bot_user if m == self.app_id else self._user(m) for m in mentions],
            "mention_roles": list(mention_roles), "attachments": [], "embeds": [], "components": [],
            "pinned": False, "type": 19 if reply_to else 0, "flags": 0,
        }
        if reply_to:
            message["message_reference"] = {"message_id": reply_to, "channel_id": message["channel_id"],
                                            "guild_id": self.guild_id}
            if reply_to in self.messages:  # Discord includes the message replied to
                message["referenced_message"] = self.messages[reply_to]
        return message

    async def send_message(self, message: JSON) -> JSON:
        self.messages[message["id"]] = message
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    def replies_to(self, message_id: str) -> list[JSON]:
        return [m for m in self.messages.values()
                if (m.get("message_reference") or {}).get("message_id") == message_id]

    def bot_messages_in(self, channel_id: str) -> list[JSON]:
        return [m for m in self.messages.values() if m["channel_id"] == channel_id
                and m["author"]["id"] == self.app_id and "interaction_metadata" not in m]

    async def send_interaction(self, payload: JSON) -> InteractionRecord:
        record = InteractionRecord(payload["id"], payload["token"], payload, time.monotonic())
        self.interactions[record.id] = record
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        async def wait() -> Any:
            async with self._changed:
                while not (result := predicate()):
                    await self._changed.wait()
                return result

        return await asyncio.wait_for(wait(), timeout)

    async def wait_for_response(self, interaction_id: str, timeout: float = 5.0) -> InteractionRecord:
        """Wait until the bot acknowledged the interaction (any callback type)."""
        record = self.interactions[interaction_id]
        await self.wait_until(lambda: record.callback_type is not None, timeout)
        return record

    async def wait_for_message(self, interaction_id: str, timeout: float = 5.0) -> JSON:
        """The message the user finally sees: the original once it is no longer "thinking"."""
        record = self.interactions[interaction_id]

        def visible() -> JSON | None:
            message = self.messages.get(record.original_id or "")
            if message is not None and not message["flags"] & LOADING:
                return message
            return None

        return await self.wait_until(visible, timeout)

    def requests_for(self, record: InteractionRecord) -> list[Request]:
        return [r for r in self.requests if record.token in r.path]


def _user_of(payload: JSON) -> JSON:
    return (payload.get("member") or {}).get("user") or payload.get("user") or {}


def _now() -> str:
    return datetime.now(UTC).isoformat()
