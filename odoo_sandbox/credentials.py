"""Signing in to the sandbox: a password a user and any number of API keys, stored hashed, and what Odoo tells a
session about its user."""
from __future__ import annotations

import hashlib
from typing import Any

from . import orm


class Credentials(orm.Database):
    """A password per user, any number of API keys."""

    def add_credential(self, uid: int, kind: str, secret: str) -> None:
        """kind 'password' (one a user) or 'apikey' (any number); stored hashed, like Odoo (which uses passlib; sha256
        suffices here)."""
        with self.lock:
            if kind == "password":  # one password a user: a new one replaces it
                self._db.execute("DELETE FROM credentials WHERE uid = ? AND kind = 'password'", (uid,))
            self._db.execute("INSERT OR REPLACE INTO credentials VALUES (?, ?, ?)", (uid, kind, _digest(secret)))
            self._db.commit()

    def authenticate(self, login: str, secret: str) -> int | None:
        """The uid for a login and its password or one of its API keys (Odoo accepts a key in place of a password)."""
        with self.lock:
            users = [u for u in self._records["res.users"].values() if u.get("login") == login and u.get("active")]
            if not users or not isinstance(secret, str):
                return None
            uid = users[0]["id"]
            row = self._db.execute("SELECT 1 FROM credentials WHERE uid = ? AND secret = ?", (uid, _digest(secret))).fetchone()
        return uid if row else None

    def check_uid(self, uid: Any, secret: Any) -> bool:
        if not isinstance(uid, int) or not isinstance(secret, str):
            return False
        with self.lock:
            return self._db.execute("SELECT 1 FROM credentials WHERE uid = ? AND secret = ?", (uid, _digest(secret))).fetchone() is not None

    def uid_for_api_key(self, key: str) -> int | None:
        with self.lock:
            row = self._db.execute("SELECT uid FROM credentials WHERE kind = 'apikey' AND secret = ?", (_digest(key),)).fetchone()
        return row[0] if row else None

    def user_info(self, uid: int) -> dict:
        user = self._get("res.users", uid)
        return {
            "uid": uid, "name": user.get("name"), "username": user.get("login"), "partner_id": user.get("partner_id"),
            "is_internal_user": not user.get("share"), "tz": user.get("tz") or "UTC", "lang": user.get("lang") or "en_US",
        }

    def needs_second_factor(self, uid: int) -> bool:
        """auth_totp: the user's `_mfa_url()` is set, so Odoo leaves the session half-open after the password."""
        return bool(self._get("res.users", uid).get("totp_enabled"))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
