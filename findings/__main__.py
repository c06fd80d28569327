"""Allow `python -m findings`."""

from findings.cli import main

main()
