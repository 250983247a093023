"""Resolving a model-supplied path inside a root directory without ever leaving it.

Two stages, because each alone is escapable. The *lexical* stage refuses spellings that mean or hide
something else: ``..``, absolute paths outside the root, backslashes, percent-encoded separators and
dots, Unicode look-alikes of ``/`` and ``.``, control characters, null bytes, over-long names. The
*descriptor* stage then walks the remaining components with ``openat`` (``os.open(..., dir_fd=...)``) and
``O_NOFOLLOW`` on each one, so a symlink anywhere on the way is refused by the kernel at the moment of
use; there is no "check the path, then open it" window for a swapped symlink to slip through. Directories
on another filesystem (a bind mount leading out) are refused as well.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

MAX_PATH_CHARS = 1024
MAX_NAME_BYTES = 255
MAX_COMPONENTS = 32

_ENCODED = re.compile(r"%(2e|2f|5c|00|25|c0|c1|e0)", re.IGNORECASE)
#: Characters that render like a separator or a dot but have no compatibility decomposition to one.
_LOOKALIKES = frozenset("\u2215\u2044\u29f8\u29f9\uff0f\uff3c\u2024\u2025\u2026\uff0e\u3002\ufe52\u0338")


class Refused(Exception):
    """The path is outside what the tool may touch; the message says why and what to do instead."""


class NotFound(Exception):
    """The path is acceptable but nothing is there."""


def split_path(path: object, root: str, aliases: tuple[str, ...] = ()) -> list[str]:
    """The components of ``path`` below ``root``, or :class:`Refused` when its spelling is unsafe."""
    if not isinstance(path, str) or not path.strip():
        raise Refused("give a file path relative to the workspace, e.g. 'notes/todo.txt'")
    if len(path) > MAX_PATH_CHARS:
        raise Refused(f"the path is longer than {MAX_PATH_CHARS} characters")
    if "\x00" in path:
        raise Refused("the path contains a null byte")
    if "\\" in path:
        raise Refused("use '/' to separate folders; backslashes are not accepted")
    if _ENCODED.search(path):
        raise Refused("percent-encoded characters are not accepted in paths; write the plain name")
    for char in path:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            raise Refused(f"the path contains the control or invisible character U+{ord(char):04X}")
        normal = unicodedata.normalize("NFKC", char)
        if char in _LOOKALIKES or (normal != char and any(c in "/." for c in normal)):
            raise Refused(
                f"the path contains U+{ord(char):04X}, which looks like '/' or '.'; use plain ASCII"
            )
    if path.startswith("/"):
        path = _strip_root(path, (root, *aliases))
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if not parts:
        raise Refused("the path names the workspace itself; give a file inside it")
    if len(parts) > MAX_COMPONENTS:
        raise Refused(f"the path has more than {MAX_COMPONENTS} folders")
    for part in parts:
        if part == "..":
            raise Refused("'..' is not allowed: paths must stay inside the workspace")
        if set(part) == {"."}:
            raise Refused(f"the name {part!r} is only dots; choose a real name")
        if len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
            raise Refused(f"a name in the path is longer than {MAX_NAME_BYTES} bytes")
    return parts


def _strip_root(path: str, roots: tuple[str, ...]) -> str:
    for root in roots:
        prefix = root.rstrip("/") + "/"
        if path == root.rstrip("/"):
            return ""
        if path.startswith(prefix):
            return path[len(prefix) :]
    raise Refused("absolute paths outside the workspace are not allowed; use a path relative to it")


_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


@contextmanager
def open_parent(root: str, parts: list[str], *, create: bool = False) -> Iterator[tuple[int, int]]:
    """Yield ``(dir_fd, root_dev)`` for the folder holding the last component, walked without following
    a single symlink; missing folders are created when ``create`` is true."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        root_dev = os.fstat(fd).st_dev
        for part in parts[:-1]:
            child = _open_dir(fd, part, create)
            os.close(fd)
            fd = child
            if os.fstat(fd).st_dev != root_dev:
                raise Refused(
                    f"{part!r} is on another filesystem (a mount point); it is outside the workspace"
                )
        yield fd, root_dev
    finally:
        os.close(fd)


def _open_dir(parent: int, name: str, create: bool) -> int:
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=parent)
    except FileNotFoundError:
        if not create:
            raise NotFound(f"there is no folder {name!r}") from None
        try:
            os.mkdir(name, 0o755, dir_fd=parent)
        except FileExistsError:
            pass
        return _open_dir(parent, name, False)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
            raise Refused(
                f"{name!r} is {describe(parent, name)}, not a folder inside the workspace"
            ) from None
        raise


def describe(parent: int, name: str) -> str:
    """What is at ``name`` (for messages only; never used to decide)."""
    try:
        info = os.stat(name, dir_fd=parent, follow_symlinks=False)
    except OSError:
        return "missing"
    return kind_of(info.st_mode)


def kind_of(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISREG(mode):
        return "a file"
    return "not a regular file"


def check_regular(info: os.stat_result, name: str, root_dev: int) -> None:
    """Only plain, singly-linked files on the root's filesystem may be read or replaced."""
    if not stat.S_ISREG(info.st_mode):
        raise Refused(f"{name!r} is {kind_of(info.st_mode)}; only regular files can be used")
    if info.st_nlink > 1:
        raise Refused(f"{name!r} is a hard link shared with another path; it may lead outside the workspace")
    if info.st_dev != root_dev:
        raise Refused(f"{name!r} is on another filesystem; it is outside the workspace")
