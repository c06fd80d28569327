"""One lane per council in the pictures: a safeguarding board reviewed only in its council's report shares the
council's lane, named for the council, however the two keys sort."""

from findings.viz.read import read_corpus

ID, FO = "https://w3id.org/findings/id/", "https://w3id.org/findings/ontology#"
TYPE, LABEL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label"
NOTATION = "http://www.w3.org/2004/02/skos/core#notation"


def _graph(council: str, board: str) -> str:
    def t(s: str, p: str, o: str) -> str:
        return f"<{s}> <{p}> {o} .\n"

    out = t(ID + council, LABEL, '"Anytown"') + t(ID + council, NOTATION, '"E09000099"')
    out += t(ID + board, LABEL, '"Anytown Local Safeguarding Children Board"')
    for key, org in (("anytown/ofsted-2015", council), ("anytown/ofsted-2015-lscb", board)):
        out += t(ID + key, TYPE, f"<{FO}Inspection>") + t(ID + key, FO + "assesses", f"<{ID + org}>")
        out += t(ID + key, FO + "describedIn", f"<{ID}doc/abc>")
    return out


def test_a_council_and_its_board_reviewed_in_one_report_share_the_councils_lane(tmp_path):
    for council, board in (("anytown", "anytown-lscb"), ("anytown", "a-board-of-anytown")):  # the board's key after, before
        graph = tmp_path / f"{board}.nt"
        graph.write_text(_graph(council, board), encoding="utf-8")
        corpus = read_corpus(graph)
        lanes = {corpus.council_labels[item.council] for item in corpus.items.values() if item.council}
        assert lanes == {"Anytown"}, (board, lanes)


def test_two_registered_councils_in_one_joint_report_keep_their_own_lanes(tmp_path):
    out = ""
    for council, code in (("anytown", "E09000098"), ("otherton", "E09000099")):
        out += f'<{ID + council}> <{LABEL}> "{council.title()}" .\n<{ID + council}> <{NOTATION}> "{code}" .\n'
        key = f"{council}/ofsted-2019"
        out += f"<{ID + key}> <{TYPE}> <{FO}Inspection> .\n<{ID + key}> <{FO}assesses> <{ID + council}> .\n"
        out += f"<{ID + key}> <{FO}describedIn> <{ID}doc/joint> .\n"
    graph = tmp_path / "joint.nt"
    graph.write_text(out, encoding="utf-8")
    corpus = read_corpus(graph)
    assert {item.iri: corpus.council_labels[item.council] for item in corpus.items.values()} == {
        ID + "anytown/ofsted-2019": "Anytown",
        ID + "otherton/ofsted-2019": "Otherton",
    }
