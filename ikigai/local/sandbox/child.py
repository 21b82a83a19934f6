"""The program that runs one piece of user code inside the sandbox: a supervisor and the user
process it forks.

Run as a file (`python -I child.py`, the job as JSON on stdin), never as part of the platform:
it imports only the standard library at the top, so that it works where the platform's own
code is not mounted. The parent (`ikigai.local.sandbox.launcher`) imports it as a module only
for `landlock_abi()`.

The supervisor stays outside the user's Landlock domain and out of the user's reach:

1. it becomes a child subreaper, so that every process the user code starts, detached or not,
   is re-parented to it when its parent dies;
2. it forks the user process, which drops to the sandbox's uid when asked, sets its resource
   limits, restricts itself with Landlock, and only then imports pandas, reads its input table
   from an inherited file descriptor, runs the script and writes `result` as Parquet to another
   inherited descriptor (it opens no path of the platform's);
3. it waits until the user process ends or the time limit passes, kills it and everything that
   is left, and reports the outcome as one line of JSON on its stdout.

Exit codes of the user process: 0 result written, 3 no result (and none required), 1 failed
(the reason is at the end of its log).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import select
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from typing import Any

SCRIPT_NAME = "<facet script>"
LOG_TAIL = 4000
WROTE_RESULT, FAILED, NO_RESULT = 0, 1, 3

# --------------------------------------------------------------------------- Landlock
# The kernel's interface (linux/landlock.h): three system calls, the same numbers on every
# architecture, and rights that grew with the ABI version.
_CREATE_RULESET, _ADD_RULE, _RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH, _RULE_NET_PORT = 1, 2
_PR_SET_NO_NEW_PRIVS, _PR_SET_CHILD_SUBREAPER = 38, 36

_FS_EXECUTE, _FS_WRITE_FILE, _FS_READ_FILE, _FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_FS_TRUNCATE, _FS_IOCTL_DEV = 1 << 14, 1 << 15
_FS_DIR_CHANGES = sum(1 << bit for bit in range(4, 13))  # remove, make char/dir/reg/sock/...
_FS_REFER = 1 << 13
_NET_BIND_TCP, _NET_CONNECT_TCP = 1 << 0, 1 << 1
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1 << 0, 1 << 1

_READ = _FS_EXECUTE | _FS_READ_FILE | _FS_READ_DIR
_FILE_RIGHTS = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _syscall(number: int, *arguments: Any) -> int:
    # variadic: plain ints would be passed as C ints, so widen them
    widened = [ctypes.c_long(a) if isinstance(a, int) else a for a in arguments]
    result = int(_libc().syscall(ctypes.c_long(number), *widened))
    if result < 0:
        error = ctypes.get_errno()
        raise OSError(error, f"Landlock system call {number}: {os.strerror(error)}")
    return result


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 when Landlock is missing or disabled."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        return _syscall(_CREATE_RULESET, ctypes.c_void_p(None), 0, _CREATE_RULESET_VERSION)
    except OSError:
        return 0


def _handled_fs(abi: int) -> int:
    rights = _READ | _FS_WRITE_FILE | _FS_DIR_CHANGES
    if abi >= 2:
        rights |= _FS_REFER
    if abi >= 3:
        rights |= _FS_TRUNCATE
    if abi >= 5:
        rights |= _FS_IOCTL_DEV
    return rights


def _prctl(option: int, value: int) -> None:
    if _libc().prctl(option, value, 0, 0, 0) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"prctl({option}): {os.strerror(error)}")


def landlock_restrict(abi: int, read: Sequence[str], write: Sequence[str]) -> None:
    """Confine this process for good: read (and execute) only beneath `read`, change files only
    beneath `write`, no TCP at all (ABI 4), no signals or abstract sockets out of the domain
    (ABI 6). Paths that do not exist are skipped."""
    handled = _handled_fs(abi)
    attr = _RulesetAttr(handled, _NET_BIND_TCP | _NET_CONNECT_TCP if abi >= 4 else 0, 0)
    if abi >= 6:
        attr.scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL
    size = ctypes.sizeof(_RulesetAttr) if abi >= 6 else 16 if abi >= 4 else 8
    ruleset = _syscall(_CREATE_RULESET, ctypes.byref(attr), size, 0)
    try:
        for paths, rights in ((read, _READ), (write, handled)):
            for path in paths:
                _allow(ruleset, path, rights)
        _prctl(_PR_SET_NO_NEW_PRIVS, 1)
        _syscall(_RESTRICT_SELF, ruleset, 0)
    finally:
        os.close(ruleset)


def _allow(ruleset: int, path: str, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return
    try:
        if not os.path.isdir(f"/proc/self/fd/{fd}"):
            rights &= _FILE_RIGHTS  # a rule on a file may only hold a file's rights
        rule = _PathBeneathAttr(rights, fd)
        _syscall(_ADD_RULE, ruleset, _RULE_PATH_BENEATH, ctypes.byref(rule), 0)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- the user process
def _confine(job: dict[str, Any]) -> None:
    limits: dict[str, int] = job["limits"]
    uid = job.get("uid")
    if uid is not None:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    for name, value in (
        ("RLIMIT_AS", limits["memory_bytes"]),
        ("RLIMIT_CPU", limits["cpu_seconds"]),
        ("RLIMIT_FSIZE", limits["file_bytes"]),
        ("RLIMIT_NPROC", limits["processes"]),
        ("RLIMIT_CORE", 0),
    ):
        kind = getattr(resource, name)
        resource.setrlimit(kind, (value, value + 1 if name == "RLIMIT_CPU" else value))
    _prctl(_PR_SET_NO_NEW_PRIVS, 1)
    landlock = job.get("landlock")
    if landlock is not None:
        landlock_restrict(int(landlock["abi"]), landlock["read"], landlock["write"])


def _user_traceback(error: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == SCRIPT_NAME]
    lines = traceback.format_list(frames) if frames else []
    return "".join(lines) + "".join(traceback.format_exception_only(type(error), error))


def _save(result: Any, fd: int) -> None:
    import pandas as pd

    frame = result if isinstance(result, pd.DataFrame) else pd.DataFrame(result)
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None:
        frame = frame.reset_index()
    frame.columns = [str(column) for column in frame.columns]
    with os.fdopen(fd, "wb") as handle:
        frame.to_parquet(handle, index=False)


def _run_user_code(job: dict[str, Any]) -> int:
    _confine(job)
    import pandas as pd

    namespace: dict[str, Any] = {"__name__": "__facet__", "pd": pd}
    namespace.update(job["variables"])
    input_fd = job.get("input_fd")
    if input_fd is not None:
        with os.fdopen(input_fd, "rb") as handle:
            namespace["data"] = pd.read_parquet(handle)
    else:
        namespace["data"] = None
    try:
        exec(compile(job["script"], SCRIPT_NAME, "exec"), namespace)
    except BaseException as error:
        sys.stderr.write(_user_traceback(error))
        return FAILED
    result = namespace.get("result")
    if result is None:
        if job["require_result"]:
            sys.stderr.write("the script did not assign a data frame to `result`\n")
            return FAILED
        return NO_RESULT
    try:
        _save(result, int(job["output_fd"]))
    except Exception as error:
        sys.stderr.write(f"`result` could not be turned into a table: {error!r}\n")
        return FAILED
    return WROTE_RESULT


def _user_process(job: dict[str, Any], log_fd: int) -> None:
    """In the forked child: never returns."""
    status = FAILED
    try:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(log_fd, 1)
        os.dup2(log_fd, 2)
        status = _run_user_code(job)
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)


# --------------------------------------------------------------------------- the supervisor
def _wait(pid: int, seconds: float) -> int | None:
    """The wait status of `pid`, or None when it is still running after `seconds`."""
    deadline = time.monotonic() + seconds
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pidfd = None
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if pidfd is not None:
                select.select([pidfd], [], [], left)
            else:
                time.sleep(min(left, 0.02))
    finally:
        if pidfd is not None:
            os.close(pidfd)


def _children() -> list[int]:
    me, found = os.getpid(), list[int]()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses
        fields = stat[stat.rfind(b")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == me:
            found.append(int(entry))
    return found


def _kill_everything_left() -> None:
    """Kill every process the user code left behind (all re-parented to us) and reap them."""
    while True:
        children = _children()
        if not children:
            return
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
        time.sleep(0.002)
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                break


def _log_tail(log: Any) -> str:
    log.seek(0, os.SEEK_END)
    size = log.tell()
    log.seek(max(0, size - LOG_TAIL * 4))
    return str(log.read().decode("utf-8", "replace")[-LOG_TAIL:])


def supervise(job: dict[str, Any]) -> dict[str, Any]:
    _prctl(_PR_SET_CHILD_SUBREAPER, 1)
    with tempfile.TemporaryFile() as log:
        pid = os.fork()
        if pid == 0:
            _user_process(job, log.fileno())
        for fd in (job.get("input_fd"), job["output_fd"]):
            if fd is not None:
                os.close(fd)  # only the user process holds them
        status = _wait(pid, float(job["limits"]["seconds"]))
        timed_out = status is None
        if status is None:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        _kill_everything_left()
        code = os.waitstatus_to_exitcode(status)
        return {"timed_out": timed_out, "exit": code, "log": _log_tail(log)}


def main() -> int:
    job: dict[str, Any] = json.load(sys.stdin)
    report = supervise(job)
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
