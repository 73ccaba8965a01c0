"""Accounts, passwords, signed session cookies and login rate limiting.

Passwords are argon2 hashes. The session is a cookie signed with itsdangerous holding the
user name and a CSRF token; nothing else about the user lives in the browser. The signing
secret comes from REFWATCH_SECRET, else from a file created beside the SQLite database.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import Engine, select

from refwatch.store import Store
from refwatch.store.schema import USER_ROLES, users

ROLE_RANK = {"viewer": 0, "analyst": 1, "admin": 2}
SESSION_COOKIE = "refwatch_session"
SESSION_MAX_AGE = 12 * 3600
_hasher = PasswordHasher()


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


def add_user(store: Store, name: str, role: str, password: str, by: str = "cli") -> None:
    """Create a user, or reset the role and password of an existing one (audited)."""
    if role not in USER_ROLES:
        raise ValueError(f"role must be one of {', '.join(USER_ROLES)}")
    if not name or len(name) > 64 or name != name.strip():
        raise ValueError("user name must be 1-64 characters without outer spaces")
    if len(password) < 8:
        raise ValueError("password must be at least 8 characters")
    digest = _hasher.hash(password)
    if store.get_user(name) is None:
        store.add_user(name, role, digest, by=by)
    else:
        store.set_user(name, by=by, role=role, password_hash=digest)


def authenticate(engine: Engine, name: str, password: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    if row is None:
        # hash anyway so a wrong name costs as long as a wrong password
        _hasher.hash(password)
        return None
    try:
        _hasher.verify(row.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    return User(row.name, row.role)


def get_user(engine: Engine, name: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(users.c.name, users.c.role).where(users.c.name == name)).first()
    return User(row.name, row.role) if row else None


def load_secret(db_url: str) -> str:
    """The session signing secret: env REFWATCH_SECRET, else a file beside the SQLite DB."""
    env = os.environ.get("REFWATCH_SECRET")
    if env:
        return env
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        path = Path(db_url.removeprefix("sqlite:///") + ".secret")
        if path.is_file():
            return path.read_text(encoding="ascii").strip()
        secret = secrets.token_urlsafe(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secret)
        return secret
    # no place to keep it: sessions last as long as this process
    return secrets.token_urlsafe(32)


@dataclass
class Session:
    csrf: str
    user: str | None = None


class SessionCodec:
    def __init__(self, secret: str) -> None:
        self._s = URLSafeTimedSerializer(secret, salt="refwatch-session")

    def dumps(self, session: Session) -> str:
        return self._s.dumps({"u": session.user, "c": session.csrf})

    def loads(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        try:
            data = self._s.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("c"), str):
            return None
        user = data.get("u")
        return Session(csrf=data["c"], user=user if isinstance(user, str) else None)


def new_session(user: str | None = None) -> Session:
    return Session(csrf=secrets.token_urlsafe(24), user=user)


class RateLimiter:
    """At most `limit` failed logins per key within `window` seconds."""

    def __init__(self, limit: int = 5, window: float = 300.0) -> None:
        self.limit, self.window = limit, window
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= self.limit

    def fail(self, key: str) -> None:
        with self._lock:
            self._recent(key, time.monotonic()).append(time.monotonic())

    def reset(self, key: str) -> None:
        with self._lock:
            self._fails.pop(key, None)
