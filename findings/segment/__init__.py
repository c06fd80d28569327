"""Segmentation primitives shared by every extractor: views over the text, never edits of it."""

from findings.segment.lines import Line, blocks, split_lines
from findings.segment.view import View, unwrap

__all__ = ["Line", "View", "blocks", "split_lines", "unwrap"]
