"""Run a Python program in a separate, limited, disposable process.

Layers, each because the one before it can be escaped:

* a fresh temporary directory as the working directory and ``HOME``, removed afterwards;
* a scrubbed environment (nothing of the agent's: no API keys), ``-I`` isolated mode, no inherited
  file descriptors, stdin from ``/dev/null``;
* resource limits set in the child before the program starts: CPU seconds, address space, file size,
  open files, process count, no core files;
* a new session, so the whole process group can be killed at the wall-clock limit;
* a private mount namespace whose root is an empty tmpfs holding only read-only system folders
  (``/usr``, ``/lib``, ``/etc``, ...), the interpreter's own prefix and the run's work folder: the user's
  memory store, traces, config and home are not there to open, ``/run/lock`` and ``/var/lock`` are new
  empty folders on every call, and no filesystem Unix socket of the host is reachable (abstract sockets
  stay behind in the empty network namespace). As root this is a plain ``unshare``; otherwise a user
  namespace provides the rights. Where the kernel allows neither, the tool refuses to run and says why;
* when the agent runs as root (containers): a user id of its own for each run, taken from a pool, and a
  network namespace with no interfaces. Root ignores ``RLIMIT_NPROC``, so a fork bomb is only stoppable
  under another uid; under that uid the program also cannot read the agent's ``/proc/<pid>/environ``,
  signal the agent, or write anywhere but world-writable places, which are swept for its files afterwards.

The limits are applied by a small launcher (``python -I -S -c``) that then ``exec``s the interpreter,
rather than by ``preexec_fn``, which is unsafe in a threaded parent (the toolbox runs tools in threads).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pwd
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from purpose_tools import procscan

log = logging.getLogger("purpose_agent")

SETUP_FAILED = "purpose-sandbox-setup-failed:"
_SETUP_EXIT = 125
_CLONE_NEWNET = 0x40000000

_LAUNCHER = r"""
import json, os, resource, sys
cfg = json.loads(sys.argv[1])
def fail(message):
    os.write(2, ("%s %s\n" % (cfg["marker"], message)).encode())
    os._exit(cfg["setup_exit"])
def confine(libc, ctypes):
    MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT = 1, 2, 4, 32
    MS_BIND, MS_REC, MS_PRIVATE = 4096, 16384, 1 << 18
    def mount(src, dst, fstype, flags, data):
        if libc.mount(src and src.encode(), dst.encode(), fstype and fstype.encode(), flags,
                      data and data.encode()) != 0:
            fail("could not mount %s (errno %d)" % (dst, ctypes.get_errno()))
    flags = 0x00020000  # CLONE_NEWNS
    if os.geteuid() != 0:
        flags |= 0x10000000  # CLONE_NEWUSER: the rights to mount, inside this namespace only
    if libc.unshare(flags) != 0:
        fail("cannot confine the program to its folder: the kernel refused a private mount namespace "
             "(errno %d); enable unprivileged user namespaces or run the agent as root" % ctypes.get_errno())
    if flags & 0x10000000:
        uid, gid = cfg["outer_uid"], cfg["outer_gid"]
        for name, text in (("setgroups", "deny"), ("uid_map", "0 %d 1" % uid), ("gid_map", "0 %d 1" % gid)):
            with open("/proc/self/" + name, "w") as fh:
                fh.write(text)
    mount(None, "/", None, MS_REC | MS_PRIVATE, None)
    os.umask(0o066)  # folders made on the way to a bound path can be crossed, not listed
    root = cfg["root"]
    mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=16m,mode=0755")
    for path in cfg["read_only"]:
        target = root + path
        if os.path.isdir(path):
            os.makedirs(target, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            open(target, "a").close()
        mount(path, target, None, MS_BIND | MS_REC, None)
        mount(None, target, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, None)
    for link, points_to in cfg["links"]:
        os.symlink(points_to, root + link)
    for folder in ("/tmp", "/var/tmp", "/run/lock", "/var/lock", "/dev/shm"):
        os.makedirs(root + folder, exist_ok=True)
        os.chmod(root + folder, 0o1777)
    for device in ("null", "zero", "random", "urandom"):
        open(root + "/dev/" + device, "a").close()
        mount("/dev/" + device, root + "/dev/" + device, None, MS_BIND, None)
    os.makedirs(root + cfg["cwd"], exist_ok=True)
    mount(cfg["cwd"], root + cfg["cwd"], None, MS_BIND, None)
    os.chroot(root)
    os.chdir("/")
try:
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    if cfg["isolate_network"]:
        if libc.unshare(cfg["clone_newnet"]) != 0:
            fail("could not create a network namespace (errno %d)" % ctypes.get_errno())
    if cfg["confine"]:
        confine(libc, ctypes)
    uid = cfg["uid"]
    if uid is not None:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
        if os.getresuid() != (uid, uid, uid) or os.getresgid() != (uid, uid, uid):
            fail("could not switch to uid %d" % uid)
        try:
            os.setuid(0)
        except PermissionError:
            pass
        else:
            fail("privileges were not dropped")
    for name, soft, hard in cfg["limits"]:
        resource.setrlimit(getattr(resource, name), (soft, hard))
    os.umask(0o077)
    os.chdir(cfg["cwd"])
    argv = [cfg["python"], "-I", "-B", "-X", "utf8", cfg["script"]]
    os.execve(cfg["python"], argv, cfg["env"])
except Exception as exc:
    fail("%s: %s" % (type(exc).__name__, exc))
"""


@dataclass(frozen=True)
class Limits:
    """What one run may use; every number is enforced by the kernel or by the parent."""

    wall_s: float = 10.0
    cpu_s: int = 5
    memory_mb: int = 512
    file_mb: int = 16
    max_processes: int = 32
    max_output_bytes: int = 64 * 1024
    open_files: int = 256


@dataclass
class Outcome:
    """How the process ended; ``reason`` names the limit that ended it, if any."""

    status: str
    exit_code: int | None
    stdout: bytes
    stderr: bytes
    reason: str = ""
    seconds: float = 0.0
    truncated: bool = False
    uid: int | None = None
    pid: int | None = None
    network: str = "host"
    leftover_pids: list[int] = field(default_factory=list)

    def as_data(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("stdout")
        data.pop("stderr")
        data["stdout_bytes"] = len(self.stdout)
        data["stderr_bytes"] = len(self.stderr)
        return data


class SandboxSetupError(Exception):
    """The sandbox could not be prepared (no free uid, no interpreter the sandbox user can run)."""


# -- user ids -----------------------------------------------------------------------------------------

_uid_lock = threading.Lock()
_uids_in_use: set[int] = set()
_uid_cursor = 0


def _acquire_uid(base: int, size: int) -> int:
    """A uid no process uses, zombies included: they count against ``RLIMIT_NPROC`` until reaped.

    The pool is walked round-robin, so a uid whose killed processes still wait for init to reap them
    gets time to become free again.
    """
    global _uid_cursor
    with _uid_lock:
        busy = {p.uid for p in procscan.processes()}
        for step in range(size):
            uid = base + (_uid_cursor + step) % size
            if uid in _uids_in_use or uid in busy:
                continue
            try:
                pwd.getpwuid(uid)
                continue  # a real account: never borrow it
            except KeyError:
                pass
            _uids_in_use.add(uid)
            _uid_cursor = (uid - base + 1) % size
            return uid
    raise SandboxSetupError(f"all {size} sandbox user ids from {base} are busy; wait or raise the pool size")


def _release_uid(uid: int) -> None:
    with _uid_lock:
        _uids_in_use.discard(uid)


# -- interpreter ------------------------------------------------------------------------------------

_interpreters: dict[tuple[str, ...], str] = {}
_SYSTEM_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3")


def _interpreter(preferred: str, uid: int | None, probe: Limits) -> str:
    """The first interpreter the sandbox user can start: ours may live under a private home directory."""
    candidates = tuple(dict.fromkeys([preferred, *(p for p in _SYSTEM_PYTHONS if os.path.exists(p))]))
    if uid is None:
        return preferred
    if candidates in _interpreters:
        return _interpreters[candidates]
    for candidate in candidates:
        outcome = _execute("pass", probe, candidate, uid, isolate_network=False)
        if outcome.status == "ok":
            _interpreters[candidates] = candidate
            return candidate
    raise SandboxSetupError(
        "no Python interpreter can be run by an unprivileged sandbox user (tried "
        + ", ".join(candidates)
        + "); install python3 in a world-readable location or set the tool's python= option"
    )


# -- running ----------------------------------------------------------------------------------------


def run_python(
    code: str,
    limits: Limits,
    *,
    python: str | None = None,
    uid_base: int = 61000,
    uid_pool: int = 1000,
    isolate_network: bool = True,
) -> Outcome:
    """Run ``code`` under ``limits``; raises :class:`SandboxSetupError` only when it cannot start at all."""
    as_root = os.geteuid() == 0
    uid = _acquire_uid(uid_base, uid_pool) if as_root else None
    try:
        interpreter = _interpreter(python or sys.executable, uid, Limits(wall_s=10.0, cpu_s=5))
        return _execute(code, limits, interpreter, uid, isolate_network=isolate_network and as_root)
    finally:
        if uid is not None:
            _release_uid(uid)


def _rlimits(limits: Limits, uid: int | None) -> list[tuple[str, int, int]]:
    processes = limits.max_processes
    if uid is None:
        # Not root: RLIMIT_NPROC counts every process of our user, so allow what already runs plus ours.
        processes += len(procscan.live_processes(uid=os.getuid()))
    memory = limits.memory_mb * 1024 * 1024
    file_size = limits.file_mb * 1024 * 1024
    return [
        ("RLIMIT_CPU", limits.cpu_s, limits.cpu_s + 1),
        ("RLIMIT_AS", memory, memory),
        ("RLIMIT_FSIZE", file_size, file_size),
        ("RLIMIT_NOFILE", limits.open_files, limits.open_files),
        ("RLIMIT_NPROC", processes, processes),
        ("RLIMIT_CORE", 0, 0),
    ]


#: System folders a Python program needs, bound read-only into the confined root when they exist.
_SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")


def _read_only_paths(python: str) -> list[str]:
    """What the confined root shows, read-only: system folders and the interpreter's installation.

    The interpreter may live under a home folder (pyenv, a virtual environment); only its own prefix is
    shown then, never the home folder around it.
    """
    paths = [p for p in _SYSTEM_DIRS if os.path.isdir(p) and not os.path.islink(p)]
    real = os.path.realpath(python)
    prefixes = {
        os.path.dirname(os.path.dirname(os.path.abspath(python))),
        os.path.dirname(os.path.dirname(real)),
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        sys.base_exec_prefix,
    }
    for prefix in sorted(prefixes):
        if os.path.isdir(prefix) and not any(prefix == p or prefix.startswith(p + "/") for p in paths):
            paths.append(prefix)
    return paths


def _execute(
    code: str, limits: Limits, python: str, uid: int | None, *, isolate_network: bool, confine: bool = True
) -> Outcome:
    workdir = Path(tempfile.mkdtemp(prefix="purpose-exec-"))
    root = Path(tempfile.mkdtemp(prefix="purpose-root-"))
    script = workdir / "main.py"
    script.write_text(code, encoding="utf-8")
    if uid is not None:
        os.chown(workdir, uid, uid)
        os.chown(script, uid, uid)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(workdir),
        "TMPDIR": str(workdir),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    config = {
        "marker": SETUP_FAILED,
        "setup_exit": _SETUP_EXIT,
        "isolate_network": isolate_network,
        "clone_newnet": _CLONE_NEWNET,
        "uid": uid,
        "limits": _rlimits(limits, uid),
        "cwd": str(workdir),
        "python": python,
        "script": str(script),
        "env": env,
        "confine": confine,
        "root": str(root),
        "read_only": _read_only_paths(python),
        "links": [(p, os.readlink(p)) for p in _SYSTEM_DIRS if os.path.islink(p)],
        "outer_uid": os.getuid(),
        "outer_gid": os.getgid(),
    }
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _LAUNCHER, json.dumps(config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            close_fds=True,
            start_new_session=True,
            env=env,
            cwd=str(workdir),
        )
    except OSError:
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)
        raise
    try:
        stdout, stderr, reason, truncated = _collect(proc, limits, started)
        leftover = _kill_sandbox(proc.pid, uid)
        exit_code = proc.wait()
        seconds = time.monotonic() - started
    finally:
        if proc.poll() is None:
            _kill_sandbox(proc.pid, uid)
            proc.wait()
        _cleanup(workdir, uid)
        with contextlib.suppress(OSError):
            root.rmdir()  # the tmpfs was mounted in the program's namespace only: this folder stayed empty
    status, reason = _classify(exit_code, stderr, reason)
    return Outcome(
        status=status,
        exit_code=exit_code,
        stdout=stdout,
        stderr=stderr,
        reason=reason,
        seconds=seconds,
        truncated=truncated,
        uid=uid,
        pid=proc.pid,
        network="none" if isolate_network else "host",
        leftover_pids=leftover,
    )


def _exited(pid: int) -> bool:
    """Has the main process exited? Does not reap it, so its pid (and group id) cannot be reused yet."""
    try:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return True
    return info is not None


def _collect(proc: subprocess.Popen[bytes], limits: Limits, started: float) -> tuple[bytes, bytes, str, bool]:
    """Read both pipes as data arrives, never holding more than the cap; stop at a limit or at exit."""
    assert proc.stdout is not None and proc.stderr is not None
    out_fd, err_fd = proc.stdout.fileno(), proc.stderr.fileno()
    buffers = {out_fd: bytearray(), err_fd: bytearray()}
    selector = selectors.DefaultSelector()
    for stream in (proc.stdout, proc.stderr):
        os.set_blocking(stream.fileno(), False)
        selector.register(stream.fileno(), selectors.EVENT_READ)
    total = 0
    reason = ""
    truncated = False
    deadline = started + limits.wall_s
    drain_until: float | None = None
    try:
        while selector.get_map():
            now = time.monotonic()
            if drain_until is None and _exited(proc.pid):
                # The program is over; background children must not keep the call open.
                _kill_sandbox(proc.pid, None)
                drain_until = now + 1.0
            if drain_until is not None and now > drain_until:
                break
            if drain_until is None and now >= deadline:
                reason = "timeout"
                break
            limit_at = drain_until if drain_until is not None else deadline
            for key, _ in selector.select(timeout=max(0.0, min(limit_at - now, 0.05))):
                fd = int(key.fd)
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    continue
                if not chunk:
                    selector.unregister(fd)
                    continue
                room = limits.max_output_bytes - total
                buffers[fd].extend(chunk[: max(room, 0)])
                total += len(chunk)
                if total > limits.max_output_bytes:
                    reason, truncated = "output", True
                    break
            if reason:
                break
    finally:
        selector.close()
        proc.stdout.close()
        proc.stderr.close()
    return bytes(buffers[out_fd]), bytes(buffers[err_fd]), reason, truncated


def _kill_sandbox(pid: int, uid: int | None) -> list[int]:
    """Kill the group, and every process of the sandbox uid (a group can be left, a uid cannot)."""
    if uid is not None:
        emptied = procscan.kill_all(uid=uid, pgid=pid)
    else:
        emptied = procscan.kill_all(pgid=pid, session=pid)
    if emptied:
        return []
    if uid is not None:
        return procscan.live_processes(uid=uid)
    return procscan.live_processes(pgid=pid) + procscan.live_processes(session=pid)


def _cleanup(workdir: Path, uid: int | None) -> None:
    shutil.rmtree(workdir, ignore_errors=True)
    if workdir.exists():
        log.warning("could not remove the sandbox directory %s", workdir)
    if uid is None:
        return
    # A dedicated uid owns nothing legitimately: whatever it created in shared writable places is debris.
    for shared in ("/tmp", "/var/tmp", "/dev/shm", "/run/lock", "/var/lock"):
        with contextlib.suppress(OSError):
            for entry in os.scandir(shared):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_uid != uid:
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path, ignore_errors=True)
                    else:
                        os.unlink(entry.path)


def _classify(exit_code: int, stderr: bytes, reason: str) -> tuple[str, str]:
    """Name how the run ended; the most specific limit wins."""
    if reason == "timeout":
        return "timeout", "wall-clock limit"
    if reason == "output":
        return "limit", "output limit"
    tail = stderr[-4000:].decode("utf-8", "replace")
    if exit_code == _SETUP_EXIT and SETUP_FAILED in tail:
        return "error", "sandbox setup failed"
    if exit_code in (-signal.SIGXCPU, -signal.SIGKILL):
        return "limit", "CPU time limit"
    if exit_code == -signal.SIGXFSZ or (exit_code != 0 and "File too large" in tail):
        return "limit", "file size limit"
    if exit_code != 0 and "MemoryError" in tail:
        return "limit", "memory limit"
    if exit_code != 0 and ("BlockingIOError" in tail or "Resource temporarily unavailable" in tail):
        return "limit", "process limit"
    if exit_code == 0:
        return "ok", ""
    if exit_code < 0:
        return "error", f"killed by signal {signal.Signals(-exit_code).name}"
    return "error", f"exit status {exit_code}"
