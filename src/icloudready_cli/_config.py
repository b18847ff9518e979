"""Profiles and the stored token: one JSON file per user, readable only by its owner.

Where: ``$XDG_CONFIG_HOME/icloudready/config.json`` (``~/.config/...`` without it;
``%APPDATA%`` on Windows). Resolution, first found wins:
  profile:  --profile, ICLOUDREADY_PROFILE, the file's default, "cloud"
  base URL: --base-url, ICLOUDREADY_BASE_URL, the profile's, the built-in profile's
  token:    ICLOUDREADY_API_KEY, the profile's (from ``icloudready login``)
The token is never taken on the command line (it would show in ``ps`` and shell history)
and never printed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Built-in profiles: the spec's two servers (the cloud; on-premise or a local mock).
BUILTIN_PROFILES: dict[str, dict[str, str]] = {
    "cloud": {"base_url": "https://api.icloud-ready.com/api/v2"},
    "on-premise": {"base_url": ""},  # set with: icloudready login --profile on-premise --base-url
    "local": {"base_url": "http://127.0.0.1:8000/api/v2"},
}
DEFAULT_PROFILE = "cloud"


class ConfigError(Exception):
    """A configuration the user must fix (unknown profile, missing base URL)."""


def config_dir() -> Path:
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "icloudready"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "icloudready"


def config_path() -> Path:
    return config_dir() / "config.json"


def load() -> dict[str, Any]:
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"profiles": {}}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path} is not a JSON object")
    data.setdefault("profiles", {})
    return data


def save(data: dict[str, Any]) -> Path:
    """Write atomically, created 0600 inside a 0700 folder: never readable by others."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".config-", suffix=".json")  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, sort_keys=True)
            out.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, config_path())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return config_path()


def profile_names(data: dict[str, Any]) -> list[str]:
    return sorted(set(BUILTIN_PROFILES) | set(data["profiles"]))


def current_profile(explicit: str | None = None) -> str:
    data = load()
    name = explicit or os.environ.get("ICLOUDREADY_PROFILE") or data.get("default_profile")
    return str(name or DEFAULT_PROFILE)


def profile_base_url(name: str) -> str:
    stored: dict[str, Any] = load()["profiles"].get(name, {})
    return str(stored.get("base_url") or BUILTIN_PROFILES.get(name, {}).get("base_url") or "")


@dataclass(frozen=True)
class Settings:
    profile: str
    base_url: str
    token: str | None
    token_source: str  # "ICLOUDREADY_API_KEY", "config file" or "none"


def resolve(profile: str | None, base_url: str | None) -> Settings:
    data = load()
    name = current_profile(profile)
    stored: dict[str, Any] = data["profiles"].get(name, {})
    if name not in BUILTIN_PROFILES and not stored:
        raise ConfigError(
            f"no profile {name!r}; known: {', '.join(profile_names(data))} "
            f"(create one with: icloudready login --profile {name} --base-url URL)"
        )
    url = (
        base_url
        or os.environ.get("ICLOUDREADY_BASE_URL")
        or stored.get("base_url")
        or BUILTIN_PROFILES.get(name, {}).get("base_url")
    )
    if not url:
        raise ConfigError(
            f"profile {name!r} has no base URL: pass --base-url, set ICLOUDREADY_BASE_URL, "
            f"or run: icloudready login --profile {name} --base-url https://HOST/api/v2"
        )
    env_token = os.environ.get("ICLOUDREADY_API_KEY")
    if env_token:
        return Settings(name, url, env_token, "ICLOUDREADY_API_KEY")
    token = stored.get("token")
    return Settings(name, url, token or None, "config file" if token else "none")


def store_login(profile: str, base_url: str | None, token: str, *, make_default: bool) -> Path:
    data = load()
    entry = dict(data["profiles"].get(profile, {}))
    if base_url:
        entry["base_url"] = base_url
    entry["token"] = token
    data["profiles"][profile] = entry
    if make_default:
        data["default_profile"] = profile
    return save(data)


def forget_token(profile: str) -> bool:
    data = load()
    entry = data["profiles"].get(profile)
    if not entry or "token" not in entry:
        return False
    del entry["token"]
    save(data)
    return True


def set_profile(profile: str, base_url: str | None, *, make_default: bool) -> Path:
    data = load()
    entry = dict(data["profiles"].get(profile, {}))
    if base_url:
        entry["base_url"] = base_url
    data["profiles"][profile] = entry
    if make_default:
        data["default_profile"] = profile
    return save(data)
