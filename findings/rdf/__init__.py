"""The only layer that knows IRIs: model dataclasses in, the graph out (plain-string triples; rdflib's Graph on request)."""
