"""The accounts sign-up and free trial create, in the mock's SQLite file: who may sign in.

Accounts are not a collection of the spec (no list, no id route), so they get one small
table of their own beside the collections: an account made by ``signUpAuthenticator`` or
``createFreeTrial`` signs in with ``/signin`` or ``/authenticator/signin2``, ``me`` reads it
and ``PATCH me`` changes it, and all of it survives a restart on the same file.
Passwords are kept as salted scrypt digests, never as text; no response carries them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
from collections.abc import Mapping
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS _accounts (
    id TEXT PRIMARY KEY,
    email TEXT UNIQUE COLLATE NOCASE,
    salt BLOB,
    digest BLOB,
    document TEXT NOT NULL
)
"""
# Cheap on purpose (about a millisecond): a mock's passwords guard test data only, and a
# sign-in storm in a test must not take seconds of CPU.
_SCRYPT = {"n": 2**10, "r": 8, "p": 1, "dklen": 32}


def _digest(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)


class EmailTaken(Exception):
    """Another account already signs in with this email address."""


class Accounts:
    """On a connection of the store's own (the store closes it); each write is one statement."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._db.execute(_SCHEMA)
        self._lock = threading.Lock()

    def ensure(self, email: str, password: str, **fields: str) -> dict[str, Any]:
        """The account of ``email``, made with ``password`` if there is none (the demo user)."""
        found = self.by_email(email)
        if found is None:
            return self.add({"email": email, **fields}, password)
        return self.update(found["_id"], {"password": password}) or found

    def add(
        self, fields: Mapping[str, Any], password: str | None, account_id: str | None = None
    ) -> dict[str, Any]:
        """A new account of ``fields`` (their password aside); EmailTaken if its email is."""
        kept = {k: v for k, v in fields.items() if k != "password"}
        document = {"_id": account_id or secrets.token_hex(12), **kept}
        salt = secrets.token_bytes(16) if password is not None else None
        digest = _digest(password, salt) if password is not None and salt else None
        email = fields.get("email") or None
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO _accounts VALUES (?, ?, ?, ?, ?)",
                    (document["_id"], email, salt, digest, json.dumps(document)),
                )
            except sqlite3.IntegrityError:
                raise EmailTaken(email) from None
        return document

    def by_email(self, email: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT document FROM _accounts WHERE email = ?", (email,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def get(self, account_id: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT document FROM _accounts WHERE id = ?", (account_id,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def check(self, email: str, password: str) -> str | None:
        """The id of the account ``email`` and ``password`` sign in to, else None."""
        row = self._db.execute(
            "SELECT id, salt, digest FROM _accounts WHERE email = ?", (email,)
        ).fetchone()
        if row is None or row[1] is None:
            _digest(password, b"\0" * 16)  # the same time for an unknown email
            return None
        return str(row[0]) if hmac.compare_digest(_digest(password, row[1]), row[2]) else None

    def update(self, account_id: str, fields: Mapping[str, Any]) -> dict[str, Any] | None:
        """The account with ``fields`` changed (a password is re-hashed); None if it is gone."""
        with self._lock:
            document = self.get(account_id)
            if document is None:
                return None
            document.update({k: v for k, v in fields.items() if k != "password"})
            password = fields.get("password")
            email = document.get("email") or None
            try:
                if isinstance(password, str):
                    salt = secrets.token_bytes(16)
                    self._db.execute(
                        "UPDATE _accounts SET email = ?, document = ?, salt = ?, digest = ? "
                        "WHERE id = ?",
                        (email, json.dumps(document), salt, _digest(password, salt), account_id),
                    )
                else:
                    self._db.execute(
                        "UPDATE _accounts SET email = ?, document = ? WHERE id = ?",
                        (email, json.dumps(document), account_id),
                    )
            except sqlite3.IntegrityError:
                raise EmailTaken(document.get("email")) from None
        return document
