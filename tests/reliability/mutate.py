"""Seeded mutations of real documents for the fuzz runs: what copying, converting and truncating do to a report."""

from __future__ import annotations

import random

AWKWARD = [
    "\f",
    "\x85",
    "\u2028",
    "\u2029",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x0b",
    "\t",
    "\u00a0",
    "\ufeff",
    "\x02",
    "\x7f",
    "\u200b",
    "\ufffd",
    "•",
    "\uf0b7",
    "–",
]
HEADINGS = [
    "Recommendations",
    "Areas for improvement",
    "RESOLVED",
    "Action",
    "1.1 Action",
    "Recommendation 1",
    "Progress as at 31 March 2019",
    "Within three months",
    "Judgement",
    "Inadequate",
    "Page 3 of 12",
]


def _lines(text: str) -> list[str]:
    return text.split("\n")


def mutate_text(text: str, rng: random.Random, rounds: int = 6) -> str:
    """A window of `text` with `rounds` random edits: lines dropped, doubled, swapped, joined or split, awkward
    characters and headings inserted, digits changed, the end cut mid-word."""
    size = rng.randint(1_500, 15_000)
    start = rng.randrange(max(1, len(text) - size))
    lines = _lines(text[start : start + size])
    for _ in range(rounds):
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        j = min(len(lines), i + rng.randint(1, 12))
        edit = rng.randrange(9)
        if edit == 0:
            del lines[i:j]
        elif edit == 1:
            lines[i:i] = lines[i:j]
        elif edit == 2:
            chunk = lines[i:j]
            rng.shuffle(chunk)
            lines[i:j] = chunk
        elif edit == 3:
            lines[i:j] = [" ".join(lines[i:j])]
        elif edit == 4:
            line = lines[i]
            cut = rng.randrange(len(line) + 1)
            lines[i : i + 1] = [line[:cut], line[cut:]]
        elif edit == 5:
            line = lines[i]
            cut = rng.randrange(len(line) + 1)
            lines[i] = line[:cut] + rng.choice(AWKWARD) * rng.randint(1, 3) + line[cut:]
        elif edit == 6:
            lines.insert(i, rng.choice(HEADINGS))
        elif edit == 7:
            lines[i] = "".join(str(rng.randrange(10)) if ch.isdigit() else ch for ch in lines[i])
        else:
            lines.insert(i, rng.choice(AWKWARD))
    out = "\n".join(lines)
    if rng.random() < 0.3:
        out = out[: rng.randrange(len(out) + 1)]
    return out


def flip_bytes(data: bytes, rng: random.Random, count: int) -> bytes:
    """`data` with `count` bytes overwritten at random, past the first kilobyte (the header stays, the body breaks)."""
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(min(1024, len(out) - 1), len(out))] = rng.randrange(256)
    return bytes(out)
