// Draws the summary (cards, bar charts, source table) from the JSON embedded in the page and
// wires the two document controls. No network, no libraries: the page must open from a file.
(function () {
  "use strict";
  var fmt = new Intl.NumberFormat("en");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function card(container, key, label, value) {
    var box = el("div", { "class": "card", "data-key": key });
    box.appendChild(el("div", { "class": "value", "data-value": String(value) }, fmt.format(value)));
    box.appendChild(el("div", { "class": "label" }, label));
    container.appendChild(box);
  }

  function bars(figure, rows) {
    figure.appendChild(el("figcaption", {}, figure.dataset.title));
    if (!rows.length) {
      figure.appendChild(el("p", { "class": "note" }, figure.dataset.empty));
      return;
    }
    var max = Math.max.apply(null, rows.map(function (r) { return r.count; })) || 1;
    rows.forEach(function (r) {
      var row = el("div", { "class": "bar-row", "data-name": r.name, "data-count": String(r.count) });
      row.appendChild(el("span", { "class": "bar-label", "title": r.name }, r.name));
      var track = el("span", { "class": "bar-track" });
      var bar = el("span", { "class": "bar" });
      bar.style.display = "block";
      bar.style.width = (100 * r.count / max).toFixed(1) + "%";
      track.appendChild(bar);
      row.appendChild(track);
      row.appendChild(el("span", { "class": "bar-value" }, fmt.format(r.count)));
      figure.appendChild(row);
    });
  }

  function sourcesTable(table, rows) {
    var head = el("tr");
    ["source", "records", "characters", "quotes", "duplicates", "lines removed"].forEach(function (h) {
      head.appendChild(el("th", {}, h));
    });
    table.appendChild(head);
    rows.forEach(function (r) {
      var tr = el("tr", { "data-source": r.source });
      tr.appendChild(el("td", {}, r.source));
      [r.records, r.chars, r.quotes, r.duplicates, r.lines_removed].forEach(function (v) {
        tr.appendChild(el("td", {}, fmt.format(v)));
      });
      table.appendChild(tr);
    });
  }

  function render(data) {
    var s = data.stats, cards = document.getElementById("cards");
    card(cards, "records", "records", s.records);
    card(cards, "characters", "characters", s.characters);
    card(cards, "sources", "sources", s.sources);
    card(cards, "lines_removed", "junk lines removed", s.clean.lines_removed);
    card(cards, "duplicates", "duplicates marked", s.dedup.duplicates);
    card(cards, "clusters", "clusters with copies", s.dedup.clusters_with_copies);
    card(cards, "quotes", "quotes", s.quotes.quotes);
    card(cards, "attributed", "quotes with a speaker", s.quotes.attributed);
    bars(document.getElementById("chart-junk"), s.clean.removed_by_reason);
    bars(document.getElementById("chart-clusters"), s.dedup.cluster_sizes.map(function (r) {
      return { name: r.size + " copies", count: r.clusters };
    }));
    bars(document.getElementById("chart-speakers"), s.quotes.top_speakers);
    bars(document.getElementById("chart-cues"), s.quotes.top_cues);
    sourcesTable(document.getElementById("sources"), s.by_source.slice(0, 25));
  }

  function controls() {
    var toggle = document.getElementById("show-removed");
    toggle.addEventListener("change", function () {
      document.body.classList.toggle("hide-removed", !toggle.checked);
    });
    var filter = document.getElementById("doc-filter");
    filter.addEventListener("input", function () {
      var needle = filter.value.toLowerCase();
      document.querySelectorAll("#documents .doc").forEach(function (doc) {
        doc.hidden = needle !== "" && doc.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
  }

  try {
    render(JSON.parse(document.getElementById("report-data").textContent));
    controls();
    document.body.dataset.rendered = "yes";
  } catch (err) {
    var box = document.getElementById("js-error");
    box.hidden = false;
    box.textContent = "Could not draw the summary: " + err;
    document.body.dataset.rendered = "error";
  }
})();
