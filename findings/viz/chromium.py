"""Headless Chromium, bounded and cleaned up: PNG exports and the render tests both use it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--hide-scrollbars",
    "--virtual-time-budget=10000",
)


@dataclass
class Run:
    """What one Chromium run left: its stdout (the DOM for --dump-dom) and stderr (console messages)."""

    stdout: str
    stderr: str
    returncode: int


def find_chromium() -> str | None:
    """The Chromium binary on PATH (or $FINDINGS_CHROMIUM), None when absent."""
    override = os.environ.get("FINDINGS_CHROMIUM")
    if override:
        return override if shutil.which(override) else None
    return next((found for name in NAMES if (found := shutil.which(name))), None)


def run_chromium(args: list[str], timeout: float = 60) -> Run:
    """Run headless Chromium with ARGS in a fresh profile; kill its whole process group if it overruns TIMEOUT."""
    binary = find_chromium()
    if binary is None:
        raise RuntimeError("chromium not found on PATH")
    with tempfile.TemporaryDirectory(prefix="findings-chromium-") as profile:
        command = [binary, *FLAGS, f"--user-data-dir={profile}", *args]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            raise RuntimeError(f"chromium did not finish within {timeout} s") from None
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    return Run(out, err, proc.returncode)


def screenshot(page: Path, png: Path, size: tuple[int, int] = (1400, 900), fragment: str = "") -> Run:
    """Render PAGE (HTML or SVG) and save what a 1400×900 screen shows as PNG."""
    png.parent.mkdir(parents=True, exist_ok=True)
    url = page.resolve().as_uri() + fragment
    return run_chromium([f"--screenshot={png}", f"--window-size={size[0]},{size[1]}", url])


def dump_dom(page: Path, fragment: str = "") -> Run:
    """The page's DOM after its scripts ran, with console messages on stderr."""
    url = page.resolve().as_uri() + fragment
    return run_chromium(["--dump-dom", "--enable-logging=stderr", "--v=0", "--window-size=1400,900", url])
