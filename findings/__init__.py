"""findings: inspection and peer-review findings for children's services as a provenance-backed RDF graph."""

__version__ = "0.1.0"
