"""Extraction measured against hand-checked gold annotations and against a peer tool's output."""
