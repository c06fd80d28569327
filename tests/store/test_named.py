"""Named queries: the header comment, the folder listing, and typed parameter binding."""

from __future__ import annotations

import datetime as dt

import pytest
from pyoxigraph import Literal, NamedNode

from findings.store.named import NamedQuery, Param, QueryHeaderError, bind, named_queries, parse_header
from tests.store.conftest import QUERIES

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_header_gives_title_description_and_typed_params():
    text = "# title: Open\n# description: one\n# description: two\n# param: asOf date today\n# param: who iri -\nSELECT"
    title, description, params = parse_header(text)
    assert (title, description) == ("Open", "one two")
    assert params == [Param("asOf", "date", "today"), Param("who", "iri", None)]


@pytest.mark.parametrize("line", ["# param: x", "# param: x number 3", "# param: x date yesterday", "# param: 9x string -"])
def test_a_malformed_param_line_is_an_error_naming_the_line(line):
    with pytest.raises(QueryHeaderError, match=r"q\.rq:2"):
        parse_header("# title: t\n" + line + "\nSELECT *", "q.rq")


def test_the_folder_lists_every_query_by_name():
    queries = named_queries(QUERIES)
    assert [q.name for q in queries] == ["actions-due", "item-fields", "types"]
    due = queries[0]
    assert isinstance(due, NamedQuery) and due.title == "Actions due by a date"
    assert due.description.startswith("Every action due") and due.params == [Param("asOf", "date", "2010-01-01")]
    assert due.text.startswith("# title:")


def test_a_missing_folder_has_no_queries(tmp_path):
    assert named_queries(tmp_path / "none") == []


def test_declared_params_are_typed_and_defaults_filled():
    text = (QUERIES / "actions-due.rq").read_text(encoding="utf-8")
    assert bind(text, {}) == {"asOf": Literal("2010-01-01", datatype=NamedNode(XSD + "date"))}
    assert bind(text, {"asOf": dt.date(2019, 2, 11)})["asOf"].value == "2019-02-11"
    today = bind("# param: d date today\nSELECT * {}", {})["d"]
    assert today.value == dt.date.today().isoformat()
    assert bind((QUERIES / "item-fields.rq").read_text(encoding="utf-8"), {}) == {}  # '-': left unbound


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"asOf": "11/02/2019"}, "not a date"),
        ({"other": "x"}, "unknown parameter 'other'"),
    ],
)
def test_bad_values_are_refused_with_the_reason(values, message):
    with pytest.raises(ValueError, match=message):
        bind((QUERIES / "actions-due.rq").read_text(encoding="utf-8"), values)


def test_undeclared_params_are_typed_by_their_look():
    terms = bind("SELECT * {}", {"i": "https://x.org/a", "d": "2019-01-02", "n": "7", "s": "hello", "q": 1.5})
    assert terms["i"] == NamedNode("https://x.org/a")
    assert terms["d"].datatype.value == XSD + "date" and terms["n"].datatype.value == XSD + "integer"
    assert terms["s"] == Literal("hello") and terms["q"].datatype.value == XSD + "double"
    with pytest.raises(ValueError, match="not a variable name"):
        bind("SELECT * {}", {"a b": "x"})


def test_a_default_may_be_a_lexicon_value_so_a_setting_lives_in_one_place():
    """open-items' review bar is status.json's review.below, whichever way the query is run."""
    from findings.extract.lexicons import load_json
    from findings.store.named import bind, find_named, lexicon_value

    below = load_json("lexicons/status.json")["review"]["below"]
    assert lexicon_value("lexicon:status.json/review/below") == str(below)
    assert lexicon_value("0.75") == "0.75"
    terms = bind(find_named("open-items").text, {"asOf": "2019-02-28"})
    assert float(terms["reviewBelow"].value) == below
    with pytest.raises(ValueError, match="no such lexicon value"):
        lexicon_value("lexicon:status.json/review/nowhere")


def test_a_required_parameter_left_out_is_an_error_not_every_row():
    """'lineage' without an item used to return the lineage of everything (7,464 rows on corpus + Ofsted)."""
    from findings.store.named import bind, find_named

    query = find_named("lineage")
    assert [p.required for p in query.params] == [True, False, False]  # the item; the review bar and a date are optional
    with pytest.raises(ValueError, match="parameter item is required"):
        bind(query.text, {})
    assert bind(query.text, {"item": "https://w3id.org/findings/id/x"})["item"].value == "https://w3id.org/findings/id/x"


def test_each_query_writes_the_shared_rule_out_as_its_one_home_says_and_is_sparql_as_it_stands():
    """The rule of what awaits review lives in ontology/queries/fragments/awaiting-review.sparql; each named query
    that uses it writes it out (marked by a comment naming its variables), so the .rq file runs in any SPARQL tool as
    it stands, and this test holds every copy to the one home."""
    import re

    from pyoxigraph import Store

    from findings.store.base import PREFIXES
    from findings.store.named import default_folder, expand

    used = 0
    for path in sorted(default_folder().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        assert "%awaiting-review(" not in text, path.name
        for marker in re.finditer(r"# (awaiting-review\(\?\w+\)): ontology/queries/fragments/", text):
            written = "".join(text[marker.end() :].split())
            assert written.find("".join(expand(f"%{marker.group(1)}%").split())) != -1, path.name
            used += 1
        prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if f"PREFIX {p}:" not in text)
        Store().query(prefixes + text)  # parses and runs on an empty store: SPARQL as it stands
    assert used >= 4


def test_the_queries_and_pictures_hold_the_status_lists_the_build_writes_its_marks_from():
    """overdue-actions' done statuses are those fo:takenBackOn is written on (status.json taken_back.done), and the
    pictures' awaiting-review statuses those fo:unreviewedConfidence is (review.tool_calls): one edit, one meaning."""
    import re

    from findings.extract.lexicons import load_json
    from findings.store.named import default_folder
    from findings.viz.read import _AWAITING

    status = load_json("lexicons/status.json")
    text = (default_folder() / "overdue-actions.rq").read_text(encoding="utf-8")
    done = re.search(r"VALUES \?st \{([^}]*)\}", text)
    assert done is not None
    assert sorted(done.group(1).replace("fo:", "").split()) == sorted(status["taken_back"]["done"])
    assert sorted(_AWAITING) == sorted(status["review"]["tool_calls"])
