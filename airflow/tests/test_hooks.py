"""RuntimeProcess: argv without a shell, streamed lines with their level, and the whole group stopped."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path

from airspec_airflow.hooks import RuntimeProcess


def test_streams_each_line_with_its_level_and_returns_the_exit_code():
    lines: list[tuple[int, str]] = []
    script = "import sys; print('INFO one', flush=True); print('WARN two', file=sys.stderr, flush=True); print('plain'); sys.exit(7)"
    code = RuntimeProcess().run([sys.executable, "-c", script], env={}, on_line=lambda level, line: lines.append((level, line)))
    assert code == 7
    assert sorted(lines) == sorted([(logging.INFO, "INFO one"), (logging.WARNING, "WARN two"), (logging.INFO, "plain")])


def test_arguments_reach_the_child_verbatim_without_a_shell(tmp_path: Path):
    out = tmp_path / "argv.txt"
    hostile = "$(touch PWNED); `id` && echo; 'quoted' \"double\""
    script = f"import sys, pathlib; pathlib.Path({str(out)!r}).write_text(sys.argv[1])"
    assert RuntimeProcess().run([sys.executable, "-c", script, hostile], env={}, cwd=str(tmp_path)) == 0
    assert out.read_text() == hostile
    assert not (tmp_path / "PWNED").exists()


def test_terminate_stops_the_child_and_its_children(tmp_path: Path):
    pid_file = tmp_path / "grandchild.pid"
    script = (
        "import subprocess, sys, time, pathlib;"
        f"p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']);"
        f"pathlib.Path({str(pid_file)!r}).write_text(str(p.pid));"
        "print('INFO started', flush=True); time.sleep(60)"
    )
    process = RuntimeProcess(grace_seconds=2)
    started = threading.Event()
    result: list[int] = []

    def run() -> None:
        result.append(process.run([sys.executable, "-c", script], env={}, on_line=lambda _l, _line: started.set()))

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(20)
    process.terminate()
    thread.join(20)
    assert result and result[0] < 0  # ended by a signal
    grandchild = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(grandchild, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("the grandchild survived the group kill")
