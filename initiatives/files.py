"""Reading a document from disk without leaving the folder it was found in.

The one rule for the import command, the inbox and admin uploads: a file is read only if
it is a regular file inside its folder, reached without following a symbolic link at any
step below that folder. Symbolic links, devices, FIFOs and sockets are refused with an
error that names the file. The folder is walked with ``O_NOFOLLOW`` file descriptors, so a
link swapped in between a check and the read is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_OPEN_FILE = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY
_OPEN_FOLDER = os.O_RDONLY | os.O_NOFOLLOW | os.O_DIRECTORY


class FileRefused(Exception):
    """A file Docket will not read; the message names it and says why."""


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _refuse(path: Path, why: str) -> FileRefused:
    return FileRefused(f"Refused {path}: {why}. Docket reads only regular files inside the folder.")


def file_read_inside(path: Path, *, root: Path) -> bytes:
    """The bytes of ``path``, a regular file inside ``root``.

    ``root`` itself may be a link (an operator's choice of folder); nothing below it may.
    Raises FileRefused for anything else, OSError when the file cannot be read.
    """
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
    except ValueError:
        raise _refuse(path, f"it is outside {root}") from None
    if not relative.parts or ".." in relative.parts:
        raise _refuse(path, f"it is not a file inside {root}")
    folder = os.open(os.path.realpath(root), _OPEN_FOLDER & ~os.O_NOFOLLOW)
    try:
        for part in relative.parts[:-1]:
            try:
                inner = os.open(part, _OPEN_FOLDER, dir_fd=folder)
            except OSError as error:
                if error.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise _refuse(path, f"{part} on its way is a symbolic link") from None
                raise
            os.close(folder)
            folder = inner
        name = relative.parts[-1]
        # lstat first: opening a device can have effects of its own (a tape rewinds).
        kind = _kind(os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode)
        if kind:
            raise _refuse(path, f"it is {kind}")
        try:
            fd = os.open(name, _OPEN_FILE, dir_fd=folder)
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise _refuse(path, "it is a symbolic link") from None
            raise
    finally:
        os.close(folder)
    with os.fdopen(fd, "rb") as stream:
        kind = _kind(os.fstat(stream.fileno()).st_mode)  # replaced since the lstat?
        if kind:
            raise _refuse(path, f"it is {kind}")
        return stream.read()
