"""Where a command's cores go: its process tree's CPU time sampled from /proc, per slice of wall time (Linux only).

    python benchmarks/timeline.py [--width 0.25] -- python -m findings --silent build ../shared/ofsted --no-cache -j 2

Prints, for each slice of wall time, each process's share of a core (the build's own process, the workers' server,
each worker, each forked task) and their sum, then the wall time and the core-seconds the command did not use
(cores × wall − its CPU; idle on a quiet host): a two-job build's single-core stretches (linking, the graph's
triples) show as slices whose sum is near 1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

Sample = tuple[float, dict[int, int]]  # (seconds since the start, pid → CPU clock ticks used so far)


def _ticks(pid: int) -> tuple[int, int] | None:
    """(parent pid, user + system clock ticks) of one process, or None once it has gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command's name, which may hold spaces
    return int(fields[1]), int(fields[11]) + int(fields[12])


def tree(root: int) -> dict[int, int]:
    """pid → CPU ticks of `root` and every process descended from it."""
    every = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (found := _ticks(int(entry))) is not None:
            every[int(entry)] = found
    within, grown = {root}, True
    while grown:
        grown = False
        for pid, (parent, _) in every.items():
            if parent in within and pid not in within:
                within.add(pid)
                grown = True
    return {pid: every[pid][1] for pid in within if pid in every}


def slices(samples: list[Sample], width: float, hz: float) -> list[tuple[float, dict[int, float]]]:
    """(start of the slice, pid → share of a core in it) for each slice of `width` seconds: each process's ticks
    between two samples counted in the slice of the later one (a process first seen counts from zero)."""
    out: dict[int, dict[int, float]] = {}
    last: dict[int, int] = {}
    for at, ticks in samples:
        shares = out.setdefault(int(at / width), {})
        for pid, used in ticks.items():
            shares[pid] = shares.get(pid, 0.0) + (used - last.get(pid, 0)) / hz / width
            last[pid] = used
    return [(k * width, out[k]) for k in sorted(out)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=float, default=0.25, help="seconds of wall time a line")
    parser.add_argument("--every", type=float, default=0.02, help="seconds between samples")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    samples: list[Sample] = []
    while child.poll() is None:
        samples.append((time.perf_counter() - start, tree(child.pid)))
        time.sleep(args.every)
    wall = time.perf_counter() - start
    hz = os.sysconf("SC_CLK_TCK")
    pids = sorted({pid for _, ticks in samples for pid in ticks})
    names = {pid: f"p{n}" for n, pid in enumerate(pids)}  # p0 the command's own process, then in order of pid
    for at, shares in slices(samples, args.width, hz):
        shown = " ".join(f"{names[pid]} {share:4.2f}" for pid, share in sorted(shares.items()) if share >= 0.005)
        print(f"{at:6.2f}  sum {sum(shares.values()):4.2f}  {shown}")
    used = sum(max(t.get(pid, 0) for _, t in samples) for pid in pids) / hz
    cores = len(os.sched_getaffinity(0))
    print(f"wall {wall:.2f} s, CPU {used:.2f} s sampled, {cores} cores: {cores * wall - used:.2f} core-seconds not the command's")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
