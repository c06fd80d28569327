"""Extractors: spaCy components and table readers that apply the knowledge kept as data in extract/."""
