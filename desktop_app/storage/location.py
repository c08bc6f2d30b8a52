"""Storage layer: is the database on a network share?

Vägval keeps its files with a rollback journal (never WAL, which SQLite documents does
not work over a network file system) and one writer at a time through the lock file,
which also works across computers. What SQLite's own file locks cannot be trusted for
on a share is two programs reading and writing at once, so a scheduled backup that reads
while the program is open (``shared``) is refused there.

Windows: a UNC path (``\\\\server\\share``) or a drive letter of type DRIVE_REMOTE.
Linux: the file system type of the mount the path lies on (``/proc/self/mounts``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "davfs",
    "fuse.davfs2",
    "lustre",
}


def _mount_fs_type(path: Path, mounts: str) -> str:
    best, fs_type = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, fs_type = point, fields[2]
    return fs_type


def is_network_path(path: Path | str, *, mounts: str | None = None) -> bool:
    text = os.path.abspath(str(path))
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False  # unknown (macOS): treated as local
    return _mount_fs_type(Path(os.path.realpath(text)), mounts) in NETWORK_FS
