"""Linking: the same item across documents, and later items to earlier ones."""
