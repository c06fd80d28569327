"""`findings serve` on a free loopback port, queried over HTTP as a client would."""

from __future__ import annotations

import csv
import io
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph

from tests.serve.conftest import LIMIT, TIMEOUT
from tests.store.conftest import QUERIES

SELECT = "SELECT ?a ?due WHERE { ?a a fo:Action ; fo:dueBy ?due } ORDER BY ?due ?a LIMIT 5"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 10^12 rows: never finishes on its own


def fetch(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get(server: str, query: str, accept: str = "", **extra: str) -> tuple[int, dict[str, str], bytes]:
    params = urllib.parse.urlencode({"query": query, **extra})
    return fetch(f"{server}/sparql?{params}", headers={"Accept": accept} if accept else {})


def post(server: str, query: str, accept: str = "", **extra: str) -> tuple[int, dict[str, str], bytes]:
    body = urllib.parse.urlencode({"query": query, **extra}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded", **({"Accept": accept} if accept else {})}
    return fetch(f"{server}/sparql", data=body, headers=headers)


def test_select_in_every_results_format(server):
    status, headers, body = get(server, SELECT)
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    data = json.loads(body)
    assert data["head"]["vars"] == ["a", "due"] and len(data["results"]["bindings"]) == 5
    first = data["results"]["bindings"][0]
    assert first["a"]["type"] == "uri" and first["due"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"

    status, headers, body = post(server, SELECT, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    results = ET.fromstring(body).findall("r:results/r:result", ns)
    assert len(results) == 5 and results[0].find("r:binding[@name='a']/r:uri", ns).text == first["a"]["value"]

    status, headers, body = get(server, SELECT, "text/csv")
    assert status == 200 and headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["a", "due"] and rows[1] == [first["a"]["value"], first["due"]["value"]] and len(rows) == 6

    status, headers, body = post(server, SELECT, "text/tab-separated-values")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?a\t?due" and lines[1].startswith(f"<{first['a']['value']}>\t") and len(lines) == 6


def test_ask_as_json_and_xml(server):
    assert json.loads(get(server, "ASK { ?a a fo:Action }")[2]) == {"head": {}, "boolean": True}
    body = get(server, "ASK { ?a a fo:Nothing }", "application/sparql-results+xml")[2]
    assert ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "false"


@pytest.mark.parametrize(
    ("accept", "fmt"), [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")]
)
def test_construct_and_describe_as_graphs(server, accept, fmt):
    construct = "CONSTRUCT { ?a fo:lead ?l } WHERE { ?a a fo:Action ; fo:lead ?l } ORDER BY ?a LIMIT 7"
    status, headers, body = post(server, construct, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == accept
    assert len(Graph().parse(data=body, format=fmt)) == 7
    action = "https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/action/2.2"
    status, _, body = get(server, f"DESCRIBE <{action}>", accept)
    assert status == 200 and len(Graph().parse(data=body, format=fmt)) > 5


def test_a_query_sent_as_the_body_and_a_format_parameter(server):
    status, _, body = fetch(
        f"{server}/sparql", data=SELECT.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    assert status == 200 and body.decode().startswith("a,due\r\n")
    status, headers, _ = get(server, SELECT, "application/sparql-results+json", format="tsv")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")


def test_parameters_are_bound_by_name(server):
    query = (QUERIES / "actions-due.rq").read_text(encoding="utf-8")
    early = json.loads(post(server, query, **{"$asOf": "2009-06-30"})[2])["results"]["bindings"]
    later = json.loads(post(server, query, **{"$asOf": "2009-12-31"})[2])["results"]["bindings"]
    assert 0 < len(early) < len(later) and all(row["due"]["value"] <= "2009-06-30" for row in early)
    status, _, body = post(server, query, **{"$asOf": "not a date"})
    assert status == 400 and b"parameter asOf: not a date" in body


def test_an_item_parameter_takes_the_tail_the_command_line_takes(server):
    """`$item=central-bedfordshire/ofsted-2017/recommendation/7` answers as the full IRI does (it was refused as 'not
    an absolute IRI'); a tail no item ends with is still refused."""
    from findings.store.named import find_named

    lineage = find_named("lineage").text
    full = "https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/recommendation/7"
    by_iri = post(server, lineage, **{"$item": full})
    by_tail = post(server, lineage, **{"$item": "central-bedfordshire/ofsted-2017/recommendation/7"})
    assert by_iri[0] == by_tail[0] == 200 and by_iri[2] == by_tail[2] and json.loads(by_tail[2])["results"]["bindings"]
    status, _, body = post(server, lineage, **{"$item": "nowhere/recommendation/77"})
    assert status == 400 and b"parameter item" in body


@pytest.mark.parametrize("how", ["form", "content-type", "query", "path"])
def test_updates_are_refused(server, how):
    update = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    if how == "form":
        status, _, body = fetch(f"{server}/sparql", data=urllib.parse.urlencode({"update": update}).encode())
    elif how == "content-type":
        status, _, body = fetch(f"{server}/sparql", data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    elif how == "query":
        status, _, body = post(server, update)
    else:
        status, _, body = fetch(f"{server}/store?default", data=b"", method="PUT")
    assert status == 403 and body.startswith(b"this endpoint is read-only")
    assert json.loads(get(server, "ASK { <http://x/a> ?p ?o }")[2])["boolean"] is False


def test_a_malformed_query_is_400_with_the_reason(server):
    status, headers, body = post(server, "SELECT ?x WHERE { ?x ")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert body.startswith(b"malformed query: error at 1:")
    assert get(server, "")[0] == 400


def test_a_slow_query_is_stopped_by_the_timeout_and_the_server_goes_on(server):
    started = time.monotonic()
    status, _, body = post(server, SLOW)
    elapsed = time.monotonic() - started
    assert status == 503 and b"longer than the server's timeout of 2 s" in body
    assert TIMEOUT <= elapsed < TIMEOUT + 5
    assert get(server, "ASK { ?a a fo:Action }")[0] == 200


def test_the_result_limit_cuts_and_says_so(server):
    status, headers, body = get(server, "SELECT ?s WHERE { ?s a fo:TextSpan }")
    assert status == 200 and headers["X-Findings-Truncated"] == f"true; limit {LIMIT}"
    assert len(json.loads(body)["results"]["bindings"]) == LIMIT
    assert "X-Findings-Truncated" not in get(server, SELECT)[1]


def test_the_query_page_and_its_assets_come_from_this_server(server):
    status, headers, page = fetch(server + "/")
    assert status == 200 and "default-src 'self'" in headers["Content-Security-Policy"]
    assets = re.findall(rb'(?:src|href)="([^"]+)"', page)
    assert assets and all(a.startswith(b"/") for a in assets)  # nothing from a network
    for asset in assets:
        assert fetch(server + asset.decode())[0] == 200
    catalogue = json.loads(fetch(server + "/queries.json")[2])
    assert [q["name"] for q in catalogue["queries"]] == ["actions-due", "item-fields", "types"]
    assert catalogue["queries"][0]["params"] == [{"name": "asOf", "type": "date", "default": "2010-01-01", "required": False}]


def test_item_and_ontology_pages(server):
    status, _, page = fetch(server + "/item/central-bedfordshire/ofsted-2017/action/2.2")
    assert status == 200 and b"<h1>Action 2.2</h1>" in page
    assert b"Head of Family Support" in page and b"<blockquote>2.2 Action</blockquote>" in page
    assert b'href="/item/central-bedfordshire/ofsted-2017/recommendation/2"' in page
    assert fetch(server + "/item/no/such/thing")[0] == 404
    status, _, page = fetch(server + "/ontology")
    assert status == 200 and b'id="Action"' in page and b"fo:respondsTo" in page
    assert fetch(server + "/ontology.ttl")[2].startswith(b"@prefix") or b"owl:Ontology" in fetch(server + "/ontology.ttl")[2]


def test_an_item_page_cut_by_the_result_limit_says_so(server):
    status, _, page = fetch(server + "/item/central-bedfordshire/ofsted-2012")  # hundreds of items are made in it
    assert status == 200 and f"Only the first {LIMIT} rows of its links are shown".encode() in page
    assert page.count(b"<li>") == LIMIT
    assert b'class="truncated"' not in fetch(server + "/item/central-bedfordshire/ofsted-2017/action/2.2")[2]


def test_a_request_for_another_host_name_is_refused(server):
    assert fetch(server + "/", headers={"Host": "attacker.example:80"})[0] == 400
