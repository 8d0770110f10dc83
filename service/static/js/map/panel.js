// The panel beside the map: the legend (made from the map's own legend, so it explains
// exactly the marks this map uses) and the card of the node the reader clicked.
function element(tag, className, text) {
  var made = document.createElement(tag);
  if (className) { made.className = className; }
  if (text !== undefined) { made.textContent = text; }
  return made;
}

export function showLegend(container, legend) {
  while (container.firstChild) { container.removeChild(container.firstChild); }
  var sectors = element("ul");
  (legend.communities || legend.sectors).forEach(function (item) {
    var li = element("li");
    var swatch = element("span", "swatch swatch-" + item.key);
    swatch.style.background = item.color;
    li.appendChild(swatch); li.appendChild(document.createTextNode(item.label));
    sectors.appendChild(li);
  });
  var types = element("ul");
  legend.types.forEach(function (item) {
    var li = element("li");
    li.appendChild(element("span", "shape shape-" + item.shape));
    li.appendChild(document.createTextNode(item.label));
    types.appendChild(li);
  });
  var lines = element("ul");
  legend.edges.concat(legend.marks || []).forEach(function (item) {
    var li = element("li", "mark-" + item.key.replace(":", "-"));
    var sample = element("span", item.kind === "ring" ? "ring" : "line");
    if (item.kind === "ring") {
      sample.style.borderColor = item.color;
      if (item.dashes) { sample.style.borderStyle = "dashed"; }
    } else {
      sample.style.borderTopColor = item.color;
      sample.style.borderTopWidth = (item.width || 2) + "px";
      if (item.dashes) { sample.style.borderTopStyle = "dashed"; }
      if (item.dots) { sample.style.borderTopStyle = "dotted"; }
    }
    li.appendChild(sample); li.appendChild(document.createTextNode(item.label));
    lines.appendChild(li);
  });
  [sectors, types, lines].forEach(function (list) {  // only what this map shows: a list may be empty
    if (list.firstChild) { container.appendChild(list); }
  });
  (legend.widths || []).forEach(function (note) { container.appendChild(element("p", "note", note)); });
  if (legend.size) { container.appendChild(element("p", "note", legend.size)); }
}

var PAGES = {Person: "/people/", Group: "/groups/", Intermediary: "/groups/", Collaboration: "/collaborations/"};
var MORE = {Person: true, Group: true, Intermediary: true};  // what /api/maps/details tells more of

// The card of `node`: what it is, its page, and the maps to go on with (links the workspace
// follows in place). `links(node)` gives the hrefs; null hides a link.
export function showCard(node, links) {
  var card = document.getElementById("details");
  document.getElementById("details-name").textContent = node.name || node.text || "";
  var lines = (node.plainTitle || "").split("\n");  // the tooltip's text, without the name the heading gives
  if (lines[0] === (node.name || node.text)) { lines.shift(); }
  document.getElementById("details-text").textContent = lines.join("\n");
  var own = document.getElementById("details-page");
  var pageable = PAGES[node.type] && !node.anonymous;
  own.hidden = !pageable;
  if (pageable) { own.href = PAGES[node.type] + encodeURIComponent(node.id); }
  var found = links(node);
  ["ego", "from", "to", "candidates"].forEach(function (key) {
    var link = document.getElementById("details-" + key);
    link.hidden = !found[key];
    if (found[key]) { link.href = found[key]; }
  });
  card.hidden = false;
  showMore(node.anonymous || !MORE[node.type] ? null : node.id);
}

export function hideCard() { document.getElementById("details").hidden = true; }

// The groups of a person, the needs and strengths of a group: asked of the app on click.
function showMore(id) {
  var more = document.getElementById("details-more");
  while (more.firstChild) { more.removeChild(more.firstChild); }
  if (!id) { return; }
  fetch("/api/maps/details/" + encodeURIComponent(id), {headers: {"Accept": "application/json"}})
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (info) {
      if (!info) { return; }
      var rows = [];
      if (info.groups) {
        rows.push(["groups", info.groups.map(function (g) { return g.name + (g.role ? "(" + g.role + ")" : ""); })]);
      }
      if (info.members !== undefined) { rows.push(["members", [String(info.members)]]); }
      if (info.needs) { rows.push(["needs", info.needs]); }
      if (info.offers) { rows.push(["offers", info.offers]); }
      rows.forEach(function (row) {
        if (!row[1].length) { return; }
        more.appendChild(element("dt", null, more.getAttribute("data-" + row[0])));
        more.appendChild(element("dd", null, row[1].join("、")));
      });
    });
}

// The clusters, each told by its biggest groups; choosing one selects its nodes on the map.
export function showClusters(found, colours, onChoose) {
  var list = document.getElementById("clusters-list");
  while (list.firstChild) { list.removeChild(list.firstChild); }
  found.items.forEach(function (cluster) {
    var item = element("li");
    item.value = cluster.id;  // the ward's number, as the legend says it
    var swatch = element("span", "swatch");
    swatch.style.background = colours[cluster.id] || colours.others;
    item.appendChild(swatch);
    var link = element("a", null, cluster.groups.map(function (g) { return g.name; }).join("、") || "—");
    link.href = "#";
    link.addEventListener("click", function (event) { event.preventDefault(); onChoose(cluster.id); });
    item.appendChild(link);
    item.appendChild(element("span", "meta", " " + list.getAttribute("data-people").replace("COUNT", cluster.size)));
    list.appendChild(item);
  });
  document.getElementById("clusters").hidden = !found.items.length;
}

// The map as text, for the keyboard and screen readers: every node the reader may see named,
// groups first, each a button that shows it on the map and opens its card.
export function showNodeList(nodes, onChoose) {
  var list = document.getElementById("node-list-items");
  if (!list) { return; }
  while (list.firstChild) { list.removeChild(list.firstChild); }
  var named = nodes.filter(function (n) { return !n.anonymous && (n.name || n.text); });
  named.sort(function (a, b) {
    return (a.type === "Person") - (b.type === "Person") || (b.size || 0) - (a.size || 0)
      || String(a.name || a.text).localeCompare(String(b.name || b.text), "ja");
  });
  named.forEach(function (node) {
    var item = element("li");
    var button = element("button", "link", node.name || node.text);
    button.type = "button";
    button.addEventListener("click", function () { onChoose(node.id); });
    item.appendChild(button);
    list.appendChild(item);
  });
  var hidden = nodes.length - named.length;
  if (hidden > 0) { list.appendChild(element("li", "meta", list.getAttribute("data-anonymous").replace("COUNT", hidden))); }
}
