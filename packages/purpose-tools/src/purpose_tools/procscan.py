"""Finding and killing the processes a sandboxed run left behind, by reading ``/proc`` (no psutil).

A process group is not a boundary: a child can call ``setsid()`` and leave it. A user id is one the
child cannot leave without privileges, so when the sandbox runs code under a uid of its own, "every live
process of that uid" is exactly the set to kill, and killing it repeatedly until it is empty defeats a
fork bomb (the process-count limit keeps the set small while we do).
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class ProcInfo:
    pid: int
    uid: int
    state: str
    pgid: int
    session: int

    @property
    def alive(self) -> bool:
        """Zombies (Z) and dead tasks (X) have exited; only their parent's ``wait`` remains."""
        return self.state not in ("Z", "X")


def _read_proc(pid: int) -> ProcInfo | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read().decode("ascii", "replace")
        with open(f"/proc/{pid}/status", "rb") as handle:
            status = handle.read().decode("ascii", "replace")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # The command name may contain spaces and parentheses; the fields after the last ')' are fixed.
    fields = stat[stat.rfind(")") + 2 :].split()
    uid = -1
    for line in status.splitlines():
        if line.startswith("Uid:"):
            uid = int(line.split()[1])
            break
    return ProcInfo(pid=pid, uid=uid, state=fields[0], pgid=int(fields[2]), session=int(fields[3]))


def processes() -> list[ProcInfo]:
    """Every process visible in ``/proc`` right now."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            info = _read_proc(int(entry))
            if info is not None:
                found.append(info)
    return found


def live_processes(
    *, uid: int | None = None, pgid: int | None = None, session: int | None = None
) -> list[int]:
    """Pids of live processes matching every given criterion."""
    return [
        p.pid
        for p in processes()
        if p.alive
        and (uid is None or p.uid == uid)
        and (pgid is None or p.pgid == pgid)
        and (session is None or p.session == session)
    ]


def kill_all(
    *, uid: int | None = None, pgid: int | None = None, session: int | None = None, deadline_s: float = 5.0
) -> bool:
    """SIGKILL matching processes until none is left; True when the set was emptied in time.

    At least one criterion is required: killing "every process" is never what a caller means.
    """
    if uid is None and pgid is None and session is None:
        raise ValueError("kill_all needs a uid, a process group or a session")
    if uid == 0:
        raise ValueError("refusing to kill every process of root")
    if pgid is not None:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    end = time.monotonic() + deadline_s
    pause = 0.002
    while True:
        left = []
        for criteria in _criteria(uid, pgid, session):
            left.extend(live_processes(**criteria))
        if not left:
            return True
        for pid in set(left):
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if time.monotonic() > end:
            return False
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _criteria(uid: int | None, pgid: int | None, session: int | None) -> list[dict[str, int]]:
    """Each criterion alone: a process matching any of them belongs to the sandbox."""
    out = []
    if uid is not None:
        out.append({"uid": uid})
    if pgid is not None:
        out.append({"pgid": pgid})
    if session is not None:
        out.append({"session": session})
    return out
