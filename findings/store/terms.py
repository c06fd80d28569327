"""RDF terms to plain Python values and back, so callers never handle pyoxigraph types or SPARQL syntax."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from pyoxigraph import BlankNode, Literal, NamedNode

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("iri", "date", "string", "integer", "decimal")
_DECIMAL_DIGITS = 30  # a decimal parameter is written out in full: 1e300000000 would be 300 MB of digits

_INTEGERS = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOATS = {XSD + "double", XSD + "float"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")

Term = NamedNode | BlankNode | Literal


class Iri(str):
    """An IRI from an answer: a plain str everywhere, marked so a table for people can show it short."""

    __slots__ = ()


def to_python(term: object) -> object:
    """A result term as a plain value: str for IRIs and strings, numbers, dates and booleans as themselves."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return Iri(term.value)
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, Literal):
        return str(term)
    datatype, text = term.datatype.value, term.value
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype == XSD + "decimal":
            return Decimal(text)
        if datatype in _FLOATS:
            return float(text)
        if datatype == XSD + "boolean":
            return text.strip() in ("true", "1")
        if datatype == XSD + "date" and _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if datatype == XSD + "dateTime":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, InvalidOperation):
        pass  # an ill-typed literal stays its lexical form rather than failing the whole answer
    return text


def typed_term(kind: str, value: object) -> Term:
    """A parameter value of a declared type (iri, date, string, integer, decimal) as an RDF term; ValueError says why
    not."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    if kind == "iri":
        try:
            return NamedNode(text.removeprefix("<").removesuffix(">"))
        except ValueError as err:
            raise ValueError(f"not an absolute IRI: {text!r} ({err})") from None
    if kind == "date":
        if text == "today":
            text = dt.date.today().isoformat()
        try:
            return Literal(dt.date.fromisoformat(text).isoformat(), datatype=NamedNode(XSD + "date"))
        except ValueError:
            raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if kind == "integer":
        try:
            return Literal(str(int(text)), datatype=NamedNode(XSD + "integer"))
        except ValueError:
            raise ValueError(f"not an integer: {text!r}") from None
    if kind == "decimal":
        try:
            number = Decimal(text)
        except ArithmeticError:
            raise ValueError(f"not a decimal number: {text!r}") from None
        if not number.is_finite() or not -_DECIMAL_DIGITS <= number.adjusted() <= _DECIMAL_DIGITS:
            raise ValueError(f"not a decimal number of at most {_DECIMAL_DIGITS} digits each side of the point: {text!r}")
        return Literal(format(number, "f"), datatype=NamedNode(XSD + "decimal"))
    if kind == "string":
        return Literal(str(value))
    raise ValueError(f"unknown parameter type {kind!r} (one of {', '.join(PARAM_TYPES)})")


def guess_term(value: object) -> Term:
    """An undeclared parameter's term from its Python type, or for a string from its look (IRI, date, integer, text)."""
    if isinstance(value, NamedNode | BlankNode | Literal):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return typed_term("integer", value)
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(XSD + "double"))
    if isinstance(value, Decimal):
        return Literal(str(value), datatype=NamedNode(XSD + "decimal"))
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return typed_term("date", value)
    text = str(value)
    if text.startswith("<") and text.endswith(">") or _SCHEME.match(text) and "://" in text or text.startswith("urn:"):
        return typed_term("iri", text)
    if _ISO_DATE.fullmatch(text):
        return typed_term("date", text)
    if re.fullmatch(r"[+-]?\d+", text):
        return typed_term("integer", text)
    return Literal(text)


def sparql_term(term: Term) -> str:
    """A term in SPARQL syntax, escaped by Oxigraph (N-Triples form), never pasted from raw input."""
    return str(term)
