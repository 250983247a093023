"""``read_file`` and ``write_file``: text files inside one declared folder, and nothing outside it.

Path handling is in :mod:`purpose_tools.confine`. Reading opens the final name with ``O_PATH |
O_NOFOLLOW`` (which has no side effects even on a device or a pipe), checks the opened inode, and only
then reopens that same inode for reading. Writing goes to a new temporary file created with ``O_EXCL``
in the target's folder and is renamed over the target: the rename replaces a symlink planted at the
target instead of following it, and a reader never sees half a file.
"""

from __future__ import annotations

import os
import secrets
import stat
import time
from typing import Any

from purpose_agent.plugin import ToolResult

from purpose_tools.confine import NotFound, Refused, check_regular, describe, open_parent, split_path

_O_PATH = getattr(os, "O_PATH", 0)


class _ConfinedTool:
    timeout_s = 5.0

    def __init__(self, root: str | os.PathLike[str], *, max_bytes: int = 1024 * 1024) -> None:
        given = os.path.abspath(os.fspath(root))
        self.root = os.path.realpath(given)
        self._aliases = (given,) if given != self.root else ()
        self.max_bytes = max_bytes

    def _parts(self, path: object) -> list[str]:
        return split_path(path, self.root, self._aliases)

    def _finish(self, started: float, **fields: Any) -> ToolResult:
        return ToolResult(seconds=time.perf_counter() - started, **fields)


class ReadFileTool(_ConfinedTool):
    """Read a UTF-8 text file inside the workspace."""

    name = "read_file"
    keywords = ("read", "open", "file", "text", "show", "content", "load", "document", "notes")
    examples: list[dict[str, Any]] = [{"path": "notes.txt"}, {"path": "data/input.csv"}]

    def __init__(self, root: str | os.PathLike[str], *, max_bytes: int = 1024 * 1024) -> None:
        super().__init__(root, max_bytes=max_bytes)
        self.description = (
            "Read a text file from the workspace folder and return its contents. "
            f"Paths are relative to the workspace, e.g. 'notes.txt'; files up to {max_bytes} bytes."
        )
        self.parameters: dict[str, Any] = {
            "type": "object",
            "properties": {
                "path": {
                    "type": "string",
                    "description": "File path relative to the workspace",
                    "minLength": 1,
                    "maxLength": 1024,
                }
            },
            "required": ["path"],
            "additionalProperties": False,
        }

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        if set(arguments) != {"path"}:
            return self._finish(started, status="invalid_arguments", error="pass one argument 'path'")
        path = arguments["path"]
        try:
            parts = self._parts(path)
            if not os.path.isdir(self.root):
                return self._finish(started, status="error", error="the workspace folder does not exist yet")
            data = self._read(parts)
        except Refused as exc:
            return self._finish(started, status="refused", error=str(exc))
        except NotFound as exc:
            return self._finish(started, status="error", error=f"{exc}; check the path with the user")
        except _TooLarge as exc:
            return self._finish(started, status="limit", error=str(exc))
        except OSError as exc:
            return self._finish(started, status="error", error=f"could not read {path!r}: {exc.strerror}")
        if b"\x00" in data:
            return self._finish(started, status="refused", error=f"{path!r} is a binary file, not text")
        text = data.decode("utf-8", "replace")
        return self._finish(started, output=text, data={"path": "/".join(parts), "bytes": len(data)})

    def _read(self, parts: list[str]) -> bytes:
        name = parts[-1]
        with open_parent(self.root, parts) as (parent, root_dev):
            try:
                handle = os.open(
                    name,
                    (_O_PATH or os.O_RDONLY | os.O_NONBLOCK) | os.O_NOFOLLOW | os.O_CLOEXEC,
                    dir_fd=parent,
                )
            except FileNotFoundError:
                raise NotFound(f"there is no file {'/'.join(parts)!r}") from None
            except OSError as exc:
                # ELOOP: a symlink (O_NOFOLLOW); ENXIO: a socket opened without O_PATH.
                raise Refused(
                    f"{name!r} is {describe(parent, name)}; only regular files can be read"
                ) from exc
            try:
                info = os.fstat(handle)
                check_regular(info, name, root_dev)
                if info.st_size > self.max_bytes:
                    raise _TooLarge(f"{name!r} has {info.st_size} bytes; the limit is {self.max_bytes}")
                reader = _reopen(handle) if _O_PATH else handle
                try:
                    again = os.fstat(reader)
                    if (again.st_dev, again.st_ino) != (info.st_dev, info.st_ino):
                        raise Refused(f"{name!r} changed while it was being opened")
                    data = _read_at_most(reader, self.max_bytes + 1)
                finally:
                    if reader != handle:
                        os.close(reader)
            finally:
                os.close(handle)
        if len(data) > self.max_bytes:
            raise _TooLarge(f"{name!r} grew past the limit of {self.max_bytes} bytes while being read")
        return data


class WriteFileTool(_ConfinedTool):
    """Write a UTF-8 text file inside the workspace, atomically."""

    name = "write_file"
    keywords = ("write", "save", "create", "file", "store", "text", "record", "output", "notes")
    examples: list[dict[str, Any]] = [{"path": "notes.txt", "content": "first note\n"}]

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        max_bytes: int = 1024 * 1024,
        overwrite: bool = True,
        create_dirs: bool = True,
    ) -> None:
        super().__init__(root, max_bytes=max_bytes)
        self.overwrite = overwrite
        self.create_dirs = create_dirs
        self.description = (
            "Write text to a file in the workspace folder, replacing it if it exists. "
            f"Paths are relative to the workspace, e.g. 'notes.txt'; up to {max_bytes} bytes."
        )
        self.parameters: dict[str, Any] = {
            "type": "object",
            "properties": {
                "path": {
                    "type": "string",
                    "description": "File path relative to the workspace",
                    "minLength": 1,
                    "maxLength": 1024,
                },
                "content": {"type": "string", "description": "The complete text to write"},
            },
            "required": ["path", "content"],
            "additionalProperties": False,
        }

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        if set(arguments) != {"path", "content"} or not isinstance(arguments.get("content"), str):
            return self._finish(
                started, status="invalid_arguments", error="pass 'path' and 'content' (a string)"
            )
        path, content = arguments["path"], arguments["content"]
        try:
            parts = self._parts(path)
            data = content.encode("utf-8")
            if len(data) > self.max_bytes:
                return self._finish(
                    started,
                    status="limit",
                    error=f"the content has {len(data)} bytes; the limit is {self.max_bytes}",
                )
            os.makedirs(self.root, exist_ok=True)
            self._write(parts, data)
        except Refused as exc:
            return self._finish(started, status="refused", error=str(exc))
        except NotFound as exc:
            return self._finish(started, status="error", error=str(exc))
        except UnicodeEncodeError:
            return self._finish(started, status="invalid_arguments", error="the content is not valid text")
        except OSError as exc:
            return self._finish(started, status="error", error=f"could not write {path!r}: {exc.strerror}")
        rel = "/".join(parts)
        return self._finish(
            started, output=f"wrote {len(data)} bytes to {rel}", data={"path": rel, "bytes": len(data)}
        )

    def _write(self, parts: list[str], data: bytes) -> None:
        name = parts[-1]
        with open_parent(self.root, parts, create=self.create_dirs) as (parent, root_dev):
            try:
                existing = os.stat(name, dir_fd=parent, follow_symlinks=False)
            except FileNotFoundError:
                existing = None
            if existing is not None:
                if stat.S_ISLNK(existing.st_mode):
                    raise Refused(f"{name!r} is a symbolic link; it will not be written through")
                check_regular(existing, name, root_dev)
                if not self.overwrite:
                    raise Refused(f"{name!r} exists and this tool does not overwrite files; pick a new name")
            temp = f".purpose-write-{secrets.token_hex(8)}.tmp"
            fd = os.open(
                temp,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                0o644,
                dir_fd=parent,
            )
            try:
                try:
                    view = memoryview(data)
                    while view:
                        written = os.write(fd, view)
                        view = view[written:]
                    os.fsync(fd)
                finally:
                    os.close(fd)
                # rename() replaces whatever name now points at, a symlink included, without following it.
                os.replace(temp, name, src_dir_fd=parent, dst_dir_fd=parent)
            except BaseException:
                try:
                    os.unlink(temp, dir_fd=parent)
                except OSError:
                    pass
                raise
            os.fsync(parent)


class _TooLarge(Exception):
    pass


def _reopen(path_fd: int) -> int:
    """Open the inode behind an ``O_PATH`` descriptor for reading, by the descriptor, not by a name."""
    return os.open(f"/proc/self/fd/{path_fd}", os.O_RDONLY | os.O_CLOEXEC | os.O_NOCTTY | os.O_NONBLOCK)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 65536))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
