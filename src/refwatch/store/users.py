"""User accounts (the web app hashes passwords; the store keeps only the hash)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, insert, select, update

from refwatch.store import schema as t
from refwatch.store.audit import log
from refwatch.store.records import User


def add_user(conn: Connection, name: str, role: str, password_hash: str, by: str) -> User:
    if role not in t.USER_ROLES:
        raise ValueError(f"{role!r} is not one of {', '.join(t.USER_ROLES)}")
    now = dt.datetime.now(dt.UTC)
    user_id = conn.execute(
        insert(t.users)
        .values(name=name, role=role, password_hash=password_hash, created_at=now)
        .returning(t.users.c.id)
    ).scalar_one()
    log(conn, by, "user:add", "users", user_id, None, {"name": name, "role": role})
    return User(user_id, name, role, password_hash, now)  # type: ignore[arg-type]


def get_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
    return User(**dict(row)) if row is not None else None


def list_users(conn: Connection) -> list[User]:
    return [
        User(**dict(r)) for r in conn.execute(select(t.users).order_by(t.users.c.name)).mappings()
    ]


def set_user(
    conn: Connection, name: str, by: str, role: str | None = None, password_hash: str | None = None
) -> None:
    values = {k: v for k, v in (("role", role), ("password_hash", password_hash)) if v is not None}
    if role is not None and role not in t.USER_ROLES:
        raise ValueError(f"{role!r} is not one of {', '.join(t.USER_ROLES)}")
    if values:
        conn.execute(update(t.users).where(t.users.c.name == name).values(**values))
        log(conn, by, "user:update", "users", name, None, {"role": role} if role else {})


def remove_user(conn: Connection, name: str, by: str) -> None:
    conn.execute(delete(t.users).where(t.users.c.name == name))
    log(conn, by, "user:remove", "users", name, {"name": name}, None)
