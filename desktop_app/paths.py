"""Where things live: resources in the source tree or the frozen bundle, the user's
data and config folders (platformdirs), and the small per-user config file."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_DIR_NAME = "Vagval"
DATABASE_FILE = "vagval.db"
DEMO_DATABASE_FILE = "vagval-demo.db"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_guide_path() -> Path:
    """The Swedish user guide: ``docs/`` in the source tree, beside ``resources`` frozen."""
    return resources_dir().parent / "docs" / "anvandarhandbok.md"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    return Path(os.environ.get("VAGVAL_DATA_DIR") or user_data_dir(APP_DIR_NAME, appauthor=False))


def default_config_dir() -> Path:
    return Path(
        os.environ.get("VAGVAL_CONFIG_DIR") or user_config_dir(APP_DIR_NAME, appauthor=False)
    )


def default_database_path() -> Path:
    return default_data_dir() / DATABASE_FILE


def demo_database_path() -> Path:
    return default_data_dir() / "demo" / DEMO_DATABASE_FILE


@dataclass
class AppConfig:
    """Per-user settings that must be known before the database is unlocked."""

    database: str = ""
    last_username: str = ""
    language: str = "sv"

    @classmethod
    def load(cls, path: Path) -> AppConfig:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = {k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__}
            return cls(**known)
        except (OSError, ValueError, TypeError):
            return cls()

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        write_private_text(tmp, json.dumps(asdict(self), indent=1))
        os.replace(tmp, path)


def write_private_text(path: Path, text: str) -> None:
    """Create (or overwrite) a file only the user's account can read (0600 on POSIX)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)  # an older file keeps its mode through O_TRUNC
