"""Who may use the page: loopback by default, a token otherwise, and no cross-site requests either way.

A review page that can promote memories is a target: a web page the reviewer visits could POST to
127.0.0.1 (cross-site request forgery) or rebind a DNS name to it. So every change needs the per-process
token as a form field (a foreign page cannot read it), the Host header must name loopback when serving on
loopback, and off loopback every request needs the token (query once, then an HttpOnly cookie).
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

COOKIE = "purpose_ui_token"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """``"127.0.0.1:8765"`` -> ``"127.0.0.1"``; ``"[::1]:80"`` -> ``"[::1]"``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


@dataclass(frozen=True)
class AccessPolicy:
    token: str
    require_token: bool = False
    """True off loopback: every request must carry the token."""
    bound_host: str = "127.0.0.1"

    def token_ok(self, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(str(candidate).encode(), self.token.encode())

    def host_ok(self, host_header: str) -> bool:
        if self.require_token:
            return True  # off loopback the token is the guard; the reviewer may use any name for the host
        name = host_name(host_header)
        return name in LOOPBACK_NAMES or is_loopback(name) or name == self.bound_host.lower()


class AccessMiddleware:
    """Pure ASGI (so server-sent events stream untouched): Host check, token check, security headers."""

    def __init__(self, app: Any, policy: AccessPolicy) -> None:
        self.app = app
        self.policy = policy
        self.stopping: Any = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if not self.policy.host_ok(headers.get("host", "")):
            await _plain(send, 421, "this page answers only to a loopback host name (127.0.0.1 or localhost)")
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if self.policy.require_token:
            if "token" in query:
                if not self.policy.token_ok(query["token"]):
                    await _plain(send, 401, "wrong token: use the URL purpose ui printed when it started")
                    return
                rest = urlencode({k: v for k, v in query.items() if k != "token"})
                location = scope.get("path", "/") + (f"?{rest}" if rest else "")
                cookie = f"{COOKIE}={self.policy.token}; HttpOnly; SameSite=Strict; Path=/"
                await _redirect(send, location, cookie)
                return
            if not self.policy.token_ok(_bearer(headers) or _cookie(headers)):
                await _plain(
                    send,
                    401,
                    "this page is served off loopback and needs its token: open the URL with ?token=... "
                    "that purpose ui printed, or send 'Authorization: Bearer <token>'",
                )
                return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _bearer(headers: dict[str, str]) -> str | None:
    value = headers.get("authorization", "")
    return value[7:].strip() if value.lower().startswith("bearer ") else None


def _cookie(headers: dict[str, str]) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed cookie header is the same as none
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel is not None else None


async def _plain(send: Any, status: int, text: str) -> None:
    body = (text + "\n").encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *SECURITY_HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _redirect(send: Any, location: str, cookie: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [
                (b"location", location.encode("latin-1")),
                (b"set-cookie", cookie.encode("latin-1")),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})
