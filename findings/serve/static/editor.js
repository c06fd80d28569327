// A small SPARQL editor: a textarea over a highlighted copy of its text. No library, nothing fetched.
"use strict";

const SparqlEditor = (() => {
  const KEYWORDS = new Set((
    "select distinct reduced as construct describe ask from named where order by asc desc limit offset " +
    "optional graph union minus filter bind values service silent exists not in group having prefix base " +
    "count sum min max avg sample group_concat separator str lang langmatches datatype bound iri uri bnode " +
    "rand abs ceil floor round concat strlen ucase lcase encode_for_uri contains strstarts strends strbefore " +
    "strafter year month day hours minutes seconds timezone tz now uuid struuid md5 sha1 sha256 sha384 sha512 " +
    "coalesce if strlang strdt sameterm isiri isuri isblank isliteral isnumeric regex substr replace true false a"
  ).split(" "));
  const TOKEN = new RegExp([
    "(#[^\\n]*)",                                            // 1 comment
    "(\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')", // 2 string
    "(<[^<>\"{}|^`\\\\\\s]*>)",                              // 3 IRI
    "([?$][A-Za-z0-9_]+)",                                   // 4 variable
    "([A-Za-z][\\w.-]*)?(:[\\w.%-]*)",                       // 5, 6 prefixed name
    "(\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)",             // 7 number
    "([A-Za-z_][A-Za-z0-9_]*)",                              // 8 word
  ].join("|"), "g");

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]);
  }

  function span(kind, text) {
    return `<span class="tok-${kind}">${escapeHtml(text)}</span>`;
  }

  function highlight(text) {
    let out = "";
    let last = 0;
    for (const m of text.matchAll(TOKEN)) {
      out += escapeHtml(text.slice(last, m.index));
      last = m.index + m[0].length;
      if (m[1]) out += span("comment", m[0]);
      else if (m[2]) out += span("string", m[0]);
      else if (m[3]) out += span("iri", m[0]);
      else if (m[4]) out += span("var", m[0]);
      else if (m[6] !== undefined) out += span("pname", m[0]);
      else if (m[7]) out += span("number", m[0]);
      else if (m[8] && KEYWORDS.has(m[8].toLowerCase())) out += span("keyword", m[0]);
      else out += escapeHtml(m[0]);
    }
    return out + escapeHtml(text.slice(last)) + "\n";
  }

  function attach(textarea, code, onRun) {
    const pre = code.parentElement;
    const sync = () => {
      code.innerHTML = highlight(textarea.value);
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    };
    textarea.addEventListener("input", sync);
    textarea.addEventListener("scroll", () => {
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    });
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        onRun();
      } else if (event.key === "Tab" && !event.shiftKey) {
        event.preventDefault();
        const { selectionStart: start, selectionEnd: end, value } = textarea;
        textarea.value = value.slice(0, start) + "  " + value.slice(end);
        textarea.selectionStart = textarea.selectionEnd = start + 2;
        sync();
      }
    });
    return {
      get value() { return textarea.value; },
      set value(text) { textarea.value = text; sync(); },
    };
  }

  return { attach, highlight, escapeHtml };
})();
