"""Store URLs: ``postgresql://user:password@host:port/database?schema=name``.

``schema`` is ours, not libpq's: it names the PostgreSQL schema that holds one memory store, so several
stores (a fleet's, a test's, a bisect snapshot's) can live in one database. It is removed before the URL
reaches libpq, and the password never appears in a message or in ``store.location``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from purpose_agent.plugin import ConfigError

SCHEMES = ("postgresql", "postgres")
DEFAULT_SCHEMA = "purpose_memory"
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class StoreURL:
    conninfo: str
    """What libpq gets: the URL without our ``schema`` parameter."""

    schema: str
    location: str
    """The URL without the password, for messages."""

    host: str
    database: str

    def with_schema(self, schema: str) -> str:
        """The full store URL of another schema in the same database (password kept)."""
        parts = urlsplit(self.conninfo)
        query = [*parse_qsl(parts.query), ("schema", check_schema(schema))]
        return urlunsplit(parts._replace(query=urlencode(query)))


def check_schema(name: str) -> str:
    if not SCHEMA_NAME.match(name):
        raise ConfigError(
            f"store url: schema={name!r} is not a plain PostgreSQL name; use 1-63 lower-case letters, "
            f"digits or '_', starting with a letter or '_'"
        )
    return name


def is_postgres_url(url: str) -> bool:
    return any(str(url).startswith(f"{s}://") for s in SCHEMES)


def parse_url(url: str) -> StoreURL:
    """Split a store URL into libpq's part and ours; a malformed URL says what is wrong with it."""
    text = str(url).strip()
    if not is_postgres_url(text):
        raise ConfigError(f"store url {text!r}: expected postgresql://user@host:port/database")
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"store url: the port in {_redact(parts)} is not a number") from None
    if not parts.hostname and "host=" not in parts.query:
        raise ConfigError(
            f"store url {_redact(parts)} names no host; use postgresql://user@127.0.0.1:5432/database"
        )
    database = parts.path.lstrip("/")
    if not database:
        raise ConfigError(f"store url {_redact(parts)} names no database; add /<database> after the host")
    schema = DEFAULT_SCHEMA
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "schema":
            schema = check_schema(value)
        else:
            query.append((key, value))
    plain = parts._replace(query=urlencode(query))
    conninfo = urlunsplit(plain)
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(conninfo)
    except Exception as exc:  # psycopg.ProgrammingError: libpq could not parse it
        raise ConfigError(f"store url {_redact(plain)}: libpq cannot parse it ({exc})") from None
    host = f"{parts.hostname or '?'}:{port or 5432}"
    location = _redact(plain)
    if schema != DEFAULT_SCHEMA:
        location += ("&" if plain.query else "?") + f"schema={schema}"
    return StoreURL(conninfo=conninfo, schema=schema, location=location, host=host, database=database)


def _redact(parts: object) -> str:
    p = parts  # a SplitResult
    netloc = p.netloc  # type: ignore[attr-defined]
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{hostport}"
    return urlunsplit(p._replace(netloc=netloc))  # type: ignore[attr-defined]
