// The query page: named queries one click away, results as a sortable table, IRIs open the item's page, CSV download.
"use strict";

const state = { config: null, named: null, results: null, sort: { column: -1, descending: false } };
const $ = (id) => document.getElementById(id);
const esc = (text) => SparqlEditor.escapeHtml(String(text));
const NUMERIC = /#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger|unsigned\w+)$/;

const DEFAULT_QUERY = `SELECT ?type (COUNT(?item) AS ?items)
WHERE { ?item a ?type }
GROUP BY ?type
ORDER BY DESC(?items)`;

function prefixLines(text) {
  const declared = new Set([...text.matchAll(/prefix\s+([\w.-]*)\s*:/gi)].map((m) => m[1]));
  return Object.entries(state.config.prefixes)
    .filter(([name]) => !declared.has(name) && new RegExp(`(^|[\\s(/^|,;])${name}:`).test(text))
    .map(([name, iri]) => `PREFIX ${name}: <${iri}>\n`)
    .join("");
}

function compact(iri) {
  for (const [name, ns] of Object.entries(state.config.prefixes)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return `${name}:${iri.slice(ns.length)}`;
  }
  const base = state.config.base;
  return iri.startsWith(base) ? iri.slice(base.length) : iri;
}

function itemHref(iri) {
  const base = state.config.base;
  const fo = state.config.prefixes.fo;
  if (iri.startsWith(base) && iri.length > base.length) {
    return "/item/" + iri.slice(base.length).split("/").map(encodeURIComponent).join("/");
  }
  if (iri.startsWith(fo)) return "/ontology#" + encodeURIComponent(iri.slice(fo.length));
  return "/item?iri=" + encodeURIComponent(iri);
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function showList() {
  const list = $("query-list");
  const queries = state.config.queries;
  $("no-queries").hidden = queries.length > 0;
  list.innerHTML = queries.map((q) => `<li><a href="?run=${encodeURIComponent(q.name)}" data-name="${esc(q.name)}">` +
    `${esc(q.title)}</a><p class="desc">${esc(q.description)}</p></li>`).join("");
  list.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-name]");
    if (!link) return;
    event.preventDefault();
    choose(link.dataset.name);
    history.replaceState(null, "", `?run=${encodeURIComponent(link.dataset.name)}`);
    run();
  });
}

function choose(name) {
  const query = state.config.queries.find((q) => q.name === name);
  if (!query) {
    showError(`no named query ${name}`);
    return;
  }
  state.named = query;
  editor.value = query.text;
  $("about").innerHTML = `<h2>${esc(query.title)}</h2><p>${esc(query.description)}</p>`;
  const form = $("params");
  form.hidden = query.params.length === 0;
  form.innerHTML = query.params.map((p) => {
    const value = p.default === "today" ? today() : p.default || "";
    const type = p.type === "date" ? "date" : p.type === "integer" ? "number" : "text";
    return `<label>${esc(p.name)} <span class="muted">${esc(p.type)}</span> ` +
      `<input name="${esc(p.name)}" type="${type}" value="${esc(value)}"></label>`;
  }).join("");
  for (const item of $("query-list").querySelectorAll("a")) item.classList.toggle("current", item.dataset.name === name);
}

function showError(message) {
  $("error").hidden = false;
  $("error").textContent = message;
}

async function run() {
  const body = new URLSearchParams({ query: editor.value });
  if (state.named) {  // a parameter is sent while the text still declares it
    for (const input of $("params").querySelectorAll("input")) {
      const declared = new RegExp(`^#\\s*param:\\s*${input.name}\\s`, "m").test(editor.value);
      if (declared && input.value !== "") body.append("$" + input.name, input.value);
    }
  }
  $("error").hidden = true;
  $("status").textContent = "running…";
  $("download").disabled = true;
  const started = performance.now();
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9" },
      body,
    });
  } catch (err) {
    $("status").textContent = "";
    showError(`the server did not answer: ${err}`);
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const text = await response.text();
  if (!response.ok) {
    $("status").textContent = `${response.status}`;
    showError(text);
    $("results").innerHTML = "";
    return;
  }
  const truncated = response.headers.get("X-Findings-Truncated");
  const kind = response.headers.get("Content-Type") || "";
  if (kind.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    if ("boolean" in data) {
      state.results = null;
      $("results").innerHTML = `<p class="boolean">${data.boolean}</p>`;
      $("status").textContent = `${seconds} s`;
      return;
    }
    state.results = { vars: data.head.vars, rows: data.results.bindings };
    state.sort = { column: -1, descending: false };
    drawTable();
    const note = truncated ? ` — the first ${state.results.rows.length} (the server's result limit)` : "";
    $("status").textContent = `${state.results.rows.length} rows in ${seconds} s${note}`;
    $("download").disabled = false;
  } else {
    state.results = null;
    $("results").innerHTML = `<pre class="graph">${esc(text)}</pre>`;
    $("status").textContent = `${seconds} s${truncated ? " — cut at the server's result limit" : ""}`;
  }
}

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") return `<a href="${esc(itemHref(term.value))}" title="${esc(term.value)}">${esc(compact(term.value))}</a>`;
  if (term.type === "bnode") return `<span class="muted">_:${esc(term.value)}</span>`;
  return esc(term.value);
}

function compare(a, b) {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  if (NUMERIC.test(a.datatype || "") && NUMERIC.test(b.datatype || "")) return Number(a.value) - Number(b.value);
  return a.value.localeCompare(b.value, undefined, { numeric: true });
}

function sortedRows() {
  const { column, descending } = state.sort;
  const rows = state.results.rows.slice();
  if (column < 0) return rows;
  const name = state.results.vars[column];
  rows.sort((x, y) => compare(x[name], y[name]) * (descending ? -1 : 1));
  return rows;
}

function drawTable() {
  const { vars } = state.results;
  const { column, descending } = state.sort;
  const head = vars.map((v, i) => {
    const sort = i === column ? (descending ? "descending" : "ascending") : "none";
    return `<th aria-sort="${sort}"><button type="button" data-column="${i}">${esc(v)}</button></th>`;
  }).join("");
  const body = sortedRows().map((row) => `<tr>${vars.map((v) => `<td>${cell(row[v])}</td>`).join("")}</tr>`).join("");
  $("results").innerHTML = `<table id="result-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function csv() {
  const quote = (value) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, "\"\"")}"` : value);
  const { vars } = state.results;
  const lines = [vars.map(quote).join(",")];
  for (const row of sortedRows()) lines.push(vars.map((v) => quote(row[v] ? row[v].value : "")).join(","));
  return lines.join("\r\n") + "\r\n";
}

function download() {
  const url = URL.createObjectURL(new Blob([csv()], { type: "text/csv" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${state.named ? state.named.name : "results"}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const editor = SparqlEditor.attach($("query"), $("highlight"), run);

async function start() {
  const response = await fetch("/queries.json");
  state.config = await response.json();
  showList();
  $("run").addEventListener("click", run);
  $("download").addEventListener("click", download);
  $("prefixes").addEventListener("click", () => { editor.value = prefixLines(editor.value) + editor.value; });
  $("results").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-column]");
    if (!button) return;
    const index = Number(button.dataset.column);
    state.sort = { column: index, descending: state.sort.column === index && !state.sort.descending };
    drawTable();
  });
  $("params").addEventListener("submit", (event) => { event.preventDefault(); run(); });
  const wanted = new URLSearchParams(location.search);
  if (wanted.get("run")) {
    choose(wanted.get("run"));
    if (state.named) await run();
  } else {
    const text = wanted.get("query") || DEFAULT_QUERY;
    editor.value = prefixLines(text) + text;
  }
}

start().catch((err) => showError(`could not start the page: ${err}`));
