"""The only layer that knows IRIs: model dataclasses in, rdflib graph out."""
