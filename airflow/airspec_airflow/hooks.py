"""Runs the airspec runtime as a child process, the way Airflow's own subprocess hook does it.

The child gets an argv list (no shell) and its own process group; every line it writes is copied into the
task log as it comes; when the task is killed or times out, the whole group is terminated, then killed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
from collections.abc import Callable, Mapping, Sequence

log = logging.getLogger(__name__)

# Runtime lines start with the level of the line (see runtime/log.ts).
_LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARN": logging.WARNING, "ERROR": logging.ERROR}


class RuntimeProcess:
    """One run of the runtime: start it, stream its lines, wait for its exit code, or stop it."""

    def __init__(self, grace_seconds: float = 10.0) -> None:
        self.grace_seconds = grace_seconds
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def run(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        cwd: str | None = None,
        on_line: Callable[[int, str], None] | None = None,
    ) -> int:
        """Runs `argv` to completion and returns its exit code (negative: killed by that signal)."""
        emit = on_line or (lambda level, line: log.log(level, "%s", line))
        with self._lock:
            self._process = subprocess.Popen(  # noqa: S603 - argv list, no shell
                list(argv),
                env=dict(env),
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
                bufsize=1,
                start_new_session=True,
            )
        process = self._process
        try:
            assert process.stdout is not None
            for raw in process.stdout:
                line = raw.rstrip("\n")
                level_name, _, _ = line.partition(" ")
                emit(_LEVELS.get(level_name, logging.INFO), line)
            return process.wait()
        finally:
            # An exception here (task timeout, kill) must not leave the runtime running.
            self.terminate()

    def terminate(self) -> None:
        """SIGTERM to the whole process group, SIGKILL after the grace period."""
        process = self._process
        if process is None or process.poll() is not None:
            return
        try:
            group = os.getpgid(process.pid)
        except ProcessLookupError:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        try:
            process.wait(timeout=self.grace_seconds)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)
            process.wait()
