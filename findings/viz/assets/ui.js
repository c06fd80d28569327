/* Controls for a findings picture: legend, filters, search, time slider, click-to-focus side panel. No network. */
(function () {
  "use strict";
  var cfg = window.FINDINGS || {};
  var base = {};
  var all = nodes.get();
  all.forEach(function (n) { base[n.id] = n.color; });
  var GLYPH = { dot: "\u25cf", box: "\u25a0", square: "\u25aa", triangle: "\u25b2", diamond: "\u25c6", star: "\u2605",
    hexagon: "\u2b22", text: "", line: "\u2501", dashed: "\u254d" };
  var STATUS = {};
  (cfg.legend || []).forEach(function (row) { STATUS[row[0]] = row[1]; });
  var state = { filters: {}, day: null, focus: null, open: null };
  var roots = all.filter(function (n) { return n.tracked; });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function parse(s, dflt) { try { return JSON.parse(s); } catch (e) { return dflt; } }
  function statusColour(name) {
    var found = null;
    (cfg.legend || []).forEach(function (row) { if (row[0].replace(/ /g, "").toLowerCase() === name.toLowerCase()) { found = row[1]; } });
    return found;
  }

  // header: title, subtitle, controls
  var head = el("div", { id: "fx-head" });
  head.appendChild(el("span", { id: "fx-title" }, cfg.title || ""));
  head.appendChild(el("span", { id: "fx-subtitle" }, cfg.subtitle || ""));
  var controls = el("div", { id: "fx-controls" });
  head.appendChild(controls);
  document.body.appendChild(head);

  function options(field, many) {
    var seen = {};
    all.forEach(function (n) {
      if (n.kind === "Label") { return; }
      var v = many ? parse(n[field], []) : [n[field]];
      v.forEach(function (x) { if (x !== "" && x !== 0 && x !== undefined) { seen[x] = true; } });
    });
    return Object.keys(seen).sort();
  }
  function addFilter(field, label, many) {
    var values = options(field, many);
    if (values.length < 1) { return; }
    var sel = el("select", { id: "fx-f-" + field, "aria-label": label });
    var only = (cfg.only || {})[field];  // drawn with a filter (--theme): the dropdown's 'all' is only what was drawn
    sel.appendChild(el("option", { value: "" }, only ? "only " + only : "all " + label));
    values.forEach(function (v) { sel.appendChild(el("option", { value: v }, v)); });
    sel.addEventListener("change", function () {
      state.filters[field] = { value: sel.value, many: many };
      apply();
      if (!state.open) { fitAll(); }
    });
    controls.appendChild(sel);
  }
  if (cfg.filters) {
    if (options("council", false).length > 1) { addFilter("council", "councils", false); }
    addFilter("themes", "themes", true);
    addFilter("assessment", "assessments", false);
    addFilter("status", "statuses", false);
    addFilter("year", "years", false);
  }
  var search = el("input", { id: "fx-search", type: "search", placeholder: "search text…", size: "18" });
  controls.appendChild(search);
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var q = search.value.toLowerCase();
    if (!q) { return; }
    var hits = all.filter(function (n) {
      return n.kind !== "Label" && ((n.label || "") + " " + (n.full || "") + " " + (n.title || "")).toLowerCase().indexOf(q) >= 0;
    }).map(function (n) { return n.id; });
    if (hits.length) { network.selectNodes(hits); network.fit({ nodes: hits, animation: false }); show(hits[0]); }
  });

  // time slider: items appear when raised and take the status they had on that day
  var days = [];
  if (cfg.slider) {
    var seen = {};
    all.forEach(function (n) {
      if (n.raised) { seen[n.raised] = true; }
      parse(n.history, []).forEach(function (h) { seen[h[0]] = true; });
    });
    days = Object.keys(seen).sort();
  }
  if (days.length > 1) {
    var slider = el("input", { id: "fx-slider", type: "range", min: "0", max: String(days.length - 1), value: String(days.length - 1) });
    var shown = el("span", { id: "fx-date" }, "all dates");
    var play = el("button", { id: "fx-play", type: "button" }, "\u25b6 play");
    controls.appendChild(el("span", {}, "as of"));
    controls.appendChild(slider);
    controls.appendChild(shown);
    controls.appendChild(play);
    slider.addEventListener("input", function () {
      var i = Number(slider.value);
      state.day = i === days.length - 1 ? null : days[i];
      shown.textContent = state.day || "all dates";
      apply();
    });
    var timer = null;
    play.addEventListener("click", function () {
      if (timer) { clearInterval(timer); timer = null; play.textContent = "\u25b6 play"; return; }
      slider.value = "0";
      play.textContent = "\u25a0 stop";
      timer = setInterval(function () {
        slider.dispatchEvent(new Event("input"));
        if (Number(slider.value) >= days.length - 1) { clearInterval(timer); timer = null; play.textContent = "\u25b6 play"; return; }
        slider.value = String(Number(slider.value) + 1);
      }, 700);
    });
  }

  function colourOn(n, day) {
    var hist = parse(n.history, []);
    if (!day || !hist.length) { return base[n.id]; }
    var now = null;
    hist.forEach(function (h) { if (h[0] <= day) { now = h[1]; } });
    return (now && statusColour(now)) || base[n.id];
  }
  function matches(n) {
    if (n.kind === "Label") { return true; }
    var ok = true;
    Object.keys(state.filters).forEach(function (field) {
      var f = state.filters[field];
      if (!f.value) { return; }
      var v = f.many ? parse(n[field], []) : [String(n[field])];
      if (v.indexOf(f.value) < 0) { ok = false; }
    });
    if (state.day && n.raised && n.raised > state.day) { ok = false; }
    return ok;
  }
  // an assessment's items, counted by the status each had on DAY (all of them, as they stand now, without a day)
  function counts(root, day) {
    var out = {};
    parse(root.tracked, []).forEach(function (t) {
      if (day && t[0] && t[0] > day) { return; }
      var s = t[2];
      if (day && t[1].length) { s = ""; t[1].forEach(function (h) { if (h[0] <= day) { s = h[1]; } }); }
      out[s] = (out[s] || 0) + 1;
    });
    return out;
  }
  function apply() {
    var near = state.focus ? network.getConnectedNodes(state.focus).concat([state.focus]) : null;
    var tally = {};
    roots.forEach(function (r) { tally[r.id] = counts(r, state.day); });
    nodes.update(all.map(function (n) {
      var c = colourOn(n, state.day);
      if (near && near.indexOf(n.id) < 0 && n.kind !== "Label") { c = "#e4e6e8"; }
      var hide = !matches(n) || (n.detail_of !== undefined && n.detail_of !== state.open);
      var change = { id: n.id, hidden: hide, color: c };
      if (n.chip_of !== undefined) {
        var k = (tally[n.chip_of] || {})[n.chip_status] || 0;
        change.label = String(k);
        change.hidden = hide || k === 0;
        change.title = state.day ? n.assessment + ": " + k + " " + (n.status_name || "") + " on " + state.day : n.title;
      }
      return change;
    }));
    repack();
    // what the counts say now, for a reader's script (and the tests): chip id → count, visible chips only
    var shownCounts = {};
    nodes.get({ filter: function (n) { return n.chip_of !== undefined && !n.hidden; } })
      .forEach(function (n) { shownCounts[n.id] = Number(n.label); });
    document.documentElement.dataset.counts = JSON.stringify(shownCounts);
    document.documentElement.dataset.shown = String(nodes.get({ filter: function (n) { return !n.hidden; } }).length);
  }
  // the counts shown under each box, packed in its rows (as the picture draws them): none strays into another column
  function repack() {
    var by = {};
    nodes.get({ filter: function (n) { return n.chip_of !== undefined && !n.hidden; } }).forEach(function (n) {
      (by[n.chip_of] = by[n.chip_of] || []).push(n);
    });
    var moves = [];
    Object.keys(by).forEach(function (root) {
      var box = nodes.get(root);
      var grid = parse(box && box.chip_grid, null);
      if (!grid) { return; }
      var chips = by[root].sort(function (a, b) { return a.chip_index - b.chip_index; });
      chips.forEach(function (n, i) {
        var row = Math.floor(i / grid[0]), col = i % grid[0];
        var across = Math.min(grid[0], chips.length - row * grid[0]);
        moves.push({ id: n.id, x: box.x + (col - (across - 1) / 2) * grid[1], y: box.y + grid[3] + row * grid[2] });
      });
    });
    nodes.update(moves);
  }
  // click an assessment (or one of its counts) to open its items below the lanes; click it again to close them
  function toggle(root) {
    state.open = state.open === root ? null : root;
    apply();
    if (state.open) { fitAll(openIds()); }
  }
  function openIds() {
    return all.filter(function (n) { return n.id === state.open || n.detail_of === state.open; })
      .map(function (n) { return n.id; });
  }

  // legend
  if ((cfg.legend || []).length) {
    var box = el("div", { id: "fx-legend" });
    cfg.legend.forEach(function (row) {
      if (!row[1]) { box.appendChild(el("div", { "class": "hd" }, row[0])); return; }
      var line = el("div");
      var sw = el("span", { "class": "sw" }, GLYPH[row[2]] || "\u25cf");
      sw.style.color = row[1];
      line.appendChild(sw);
      line.appendChild(document.createTextNode(row[0]));
      box.appendChild(line);
    });
    document.body.appendChild(box);
  }
  if (cfg.note) { document.body.appendChild(el("div", { id: "fx-note" }, cfg.note)); }

  // side panel: full text, sources, links; clicking focuses the neighbourhood
  var panel = el("div", { id: "fx-panel" });
  document.body.appendChild(panel);
  function show(id) {
    var n = nodes.get(id);
    if (!n || n.kind === "Label") { return false; }
    state.focus = id;
    apply();
    panel.innerHTML = "";
    panel.style.display = "block";
    panel.appendChild(el("h2", {}, (n.label || "").replace(/\n/g, " ") || n.kind));
    panel.appendChild(el("div", { "class": "tip", id: "fx-tip" }, n.title || ""));
    if (n.full) { panel.appendChild(el("h3", {}, "Full text")); panel.appendChild(el("div", { "class": "full" }, n.full)); }
    var cites = parse(n.cites, []);
    if (cites.length) {
      panel.appendChild(el("h3", {}, "Sources"));
      var ul = el("ul");
      cites.forEach(function (c) { ul.appendChild(el("li", {}, c)); });
      panel.appendChild(ul);
    }
    var links = network.getConnectedNodes(id);
    if (links.length) {
      panel.appendChild(el("h3", {}, "Linked"));
      var ul2 = el("ul");
      links.forEach(function (other) {
        var o = nodes.get(other);
        if (!o || o.kind === "Label") { return; }
        var a = el("a", {}, ((o.label || "").replace(/\n/g, " ") || o.kind) + " (" + o.kind + ")");
        a.addEventListener("click", function () { network.selectNodes([other]); show(other); });
        var li = el("li");
        li.appendChild(a);
        ul2.appendChild(li);
      });
      panel.appendChild(ul2);
    }
    if (n.iri) { panel.appendChild(el("p", { "class": "iri" }, n.iri)); }
    return true;
  }
  network.on("click", function (params) {
    if (!params.nodes.length) { state.focus = null; panel.style.display = "none"; apply(); return; }
    var n = nodes.get(params.nodes[0]);
    if (n && n.expands) { toggle(n.expands); touched = true; }
    show(params.nodes[0]);
  });

  // #focus=IRI opens a node's panel on load (used by links from the tables, and by the tests)
  // keep the whole picture in view until the reader zooms or drags (the canvas settles its size after the first draw)
  var touched = false;
  network.on("zoom", function () { touched = true; });
  network.on("dragStart", function () { touched = true; });
  function extent(n) {
    // a node with its label: inside boxes, circles and text; below every other shape (widths estimated from the font)
    var font = (n.font && n.font.size) || 20;
    var lines = String(n.label || "").split("\n");
    var w = Math.max.apply(null, lines.map(function (l) { return l.length; })) * font * 0.56 + 24;
    var h = lines.length * font * 1.2 + 16;
    var r = n.size || 20;
    if (n.shape === "box" || n.shape === "circle" || n.shape === "text") {
      return [n.x - Math.max(w / 2, r), n.y - Math.max(h / 2, r), n.x + Math.max(w / 2, r), n.y + Math.max(h / 2, r)];
    }
    return [n.x - Math.max(w / 2, r), n.y - r - 8, n.x + Math.max(w / 2, r), n.y + r + (n.label ? h : 8)];
  }
  function fitAll(ids) {
    // our own fit: vis's ignores label widths, which cuts the outer columns off
    var box = null;
    var shown = ids ? nodes.get(ids) : nodes.get({ filter: function (n) { return !n.hidden; } });
    shown.forEach(function (n) {
      var b = extent(n);
      box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
    });
    if (!box) { return; }
    var frame = document.getElementById("mynetwork");
    var scale = 0.97 * Math.min(frame.clientWidth / (box[2] - box[0]), frame.clientHeight / (box[3] - box[1]), 1.5);
    network.moveTo({ position: { x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 }, scale: scale, animation: false });
  }
  // the header grows with a long title (a filter named in it) or wrapped controls: the picture and legend start below it
  function underHead() {
    var h = head.offsetHeight;
    var frame = document.getElementById("mynetwork");
    frame.style.setProperty("top", h + "px", "important");
    frame.style.setProperty("height", "calc(100vh - " + h + "px)", "important");
    var side = document.getElementById("fx-legend");
    if (side) { side.style.top = h + "px"; }
  }
  underHead();
  function refit() { underHead(); if (!touched && !state.focus) { fitAll(state.open ? openIds() : undefined); } }
  network.on("resize", refit);
  if (window.ResizeObserver) { new ResizeObserver(refit).observe(document.getElementById("mynetwork")); }
  window.addEventListener("resize", refit);
  setTimeout(refit, 200);
  fitAll();
  // #asof=DATE moves the slider to the last date on or before DATE (links from the tables, and the tests)
  var asof = /asof=(\d{4}-\d\d-\d\d)/.exec(window.location.hash);
  var range = document.getElementById("fx-slider");
  if (asof && range) {
    var at = 0;
    days.forEach(function (d, i) { if (d <= asof[1]) { at = i; } });
    range.value = String(at);
    range.dispatchEvent(new Event("input"));
  }
  // #open=IRI opens that assessment's items, as a click on it does
  var opened = /open=([^&]+)/.exec(window.location.hash);
  if (opened && nodes.get(decodeURIComponent(opened[1]))) { toggle(decodeURIComponent(opened[1])); }
  var m = /focus=([^&]+)/.exec(window.location.hash);
  if (m) {
    var want = decodeURIComponent(m[1]);
    if (!nodes.get(want)) {  // an item drawn inside a group (a theme cell, a lane): focus the group that holds it
      var holder = all.filter(function (n) { return parse(n.members, []).indexOf(want) >= 0; })[0];
      if (holder) { want = holder.id; }
    }
    var held = nodes.get(want);
    if (held && held.detail_of !== undefined) { state.open = held.detail_of; apply(); }
    var ok = show(want);
    document.documentElement.dataset.focus = ok ? "found" : "missing";
    if (ok) { network.selectNodes([want]); network.focus(want, { scale: 0.9, animation: false }); }
  }
  network.once("afterDrawing", function () {
    document.documentElement.dataset.drawn = String(Math.round(performance.now()));
    document.documentElement.dataset.nodes = String(all.length);
    document.documentElement.dataset.view = [window.innerWidth, document.getElementById("mynetwork").clientWidth,
      network.getScale().toFixed(3), JSON.stringify(network.getViewPosition())].join(" ");
  });
})();
