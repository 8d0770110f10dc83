// The map workspace: the panel's choices become the state, the state becomes the URL (so that
// back and a copied link give the same view) and the map is redrawn from the JSON twin in
// place, without reloading the page.
import {fetchClusters, fetchMap, pageUrl, searchNodes, stateFromLocation, twinUrl} from "./data.js";
import {fold} from "./fold.js";
import {hideCard, showCard, showClusters, showLegend, showNodeList} from "./panel.js";
import {download, picture} from "./picture.js";
import {createView} from "./view.js";

var lang = document.documentElement.lang;
var form = document.getElementById("map-form");
var kindSelect = document.getElementById("f-map");
var container = document.getElementById("network");
var panel = document.getElementById("panel");
var known = {};  // a name shown in the target fields → its id
var state = stateFromLocation(window.location);
var pendingFrom = state.map === "path" ? state.params.from || null : null;
var initial = JSON.parse(document.getElementById("map-data").textContent);
var view = createView(container, initial);
var peopleFolded = Boolean(initial.aggregated);  // people drawn inside their groups: a search for one finds nothing
document.body.classList.add("js");
showLegend(document.getElementById("legend-body"), view.data.legend);
offerSize(view.data);
rememberNames(view.data.nodes);
["area", "theme"].forEach(function (name) {  // written by name in the link: the id the app found
  if (state.params[name] && view.data.filters && view.data.filters[name]) { state.params[name] = view.data.filters[name]; }
});
toForm(state);
listClusters();
listNodes();

function listNodes() {
  showNodeList(view.nodes.get(), function (id) {
    view.network.selectNodes([id]);
    view.network.focus(id, {scale: Math.max(view.network.getScale(), 1.2), animation: {duration: 300}});
    showCard(view.nodes.get(id), linksFor);
    document.getElementById("details").scrollIntoView({block: "nearest"});
    document.getElementById("details-name").focus();
  });
}

// With the colours of the clusters, the panel lists those on the map, by the ward's numbers and
// in the map's colours; choosing one selects its nodes.
function listClusters() {
  if (state.params.colour !== "community") { document.getElementById("clusters").hidden = true; return; }
  var colours = {};
  (view.data.legend.communities || []).forEach(function (item) { colours[item.key] = item.color; });
  var drawn = {};
  view.nodes.forEach(function (n) { if (n.community) { drawn[n.community] = true; } });
  fetchClusters(state.params).then(function (found) {
    found.items = found.items.filter(function (cluster) { return drawn[cluster.id]; });
    showClusters(found, colours, function (number) {
      var ids = view.nodes.getIds({filter: function (n) { return n.community === number; }});
      view.network.selectNodes(ids);
      if (ids.length) { view.network.fit({nodes: ids, animation: {duration: 300}}); }
      if (phone()) { openPanel(false); }
    });
  });
}

// ---- the panel's fields ------------------------------------------------------------------
function kindOption(name) { return kindSelect.querySelector("option[value='" + name + "']"); }

function showFields() {
  var option = kindOption(kindSelect.value);
  var allowed = option.getAttribute("data-filters").split(" ");
  var targeted = option.getAttribute("data-target") !== "";
  form.querySelectorAll("[data-for]").forEach(function (field) {
    var name = field.getAttribute("data-for");
    field.hidden = name === "target" ? !targeted : allowed.indexOf(name) === -1;
  });
}

// 人の大きさ only where people are drawn: not on a map of groups, nor on one folded into groups.
function offerSize(data) {
  document.getElementById("size-field").hidden = !data.nodes.some(function (n) { return n.type === "Person"; });
}

function idOf(text) {
  var value = (text || "").trim();
  return known[value] || value || null;
}

function fromForm() {
  var option = kindOption(kindSelect.value);
  var allowed = option.getAttribute("data-filters").split(" ");
  var next = {map: kindSelect.value, target: null, params: {}};
  if (option.getAttribute("data-target")) { next.target = idOf(form.elements.target.value); }
  allowed.forEach(function (name) {
    var field = form.elements[name];
    if (!field) {
      if (state.params[name] && state.map === next.map) { next.params[name] = state.params[name]; }
      return;
    }
    var value = name === "from" || name === "to" ? idOf(field.value) : field.value;
    if (value) { next.params[name] = value; }
  });
  var year = form.elements.as_of;
  if (year.value !== year.getAttribute("data-today")) { next.params.as_of = year.value; }
  if (form.elements.min_confidence.checked) { next.params.min_confidence = "0.5"; }
  if (form.elements.colour.value === "community") { next.params.colour = "community"; }
  if (form.elements.size.value === "bridging" && !document.getElementById("size-field").hidden) {
    next.params.size = "bridging";
  }
  if (state.params.lang) { next.params.lang = state.params.lang; }
  return next;
}

function toForm(next) {
  kindSelect.value = next.map;
  form.elements.target.value = nameOf(next.target);
  ["from", "to"].forEach(function (name) { form.elements[name].value = nameOf(next.params[name]); });
  ["need", "area", "sector", "theme", "kind"].forEach(function (name) {
    var field = form.elements[name];
    field.value = next.params[name] || "";
    if (field.selectedIndex < 0) { field.selectedIndex = 0; }  // a name the app did not know: 「すべて」
  });
  var year = form.elements.as_of;
  year.value = next.params.as_of ? next.params.as_of.slice(0, 4) : year.getAttribute("data-today");
  showYear();
  form.elements.min_confidence.checked = !!next.params.min_confidence;
  form.elements.colour.value = next.params.colour || "sector";
  form.elements.size.value = next.params.size || "ties";
  showFields();
}

function nameOf(id) {
  if (!id) { return ""; }
  var found = Object.keys(known).filter(function (name) { return known[name] === id; });
  return found.length ? found[0] : id;
}

function rememberNames(nodes) {
  nodes.forEach(function (node) {
    if (node.name && !node.anonymous && !known[node.name]) { known[node.name] = node.id; }
  });
}

function showYear() {
  var year = form.elements.as_of;
  var shown = document.getElementById("f-year-shown");
  shown.textContent = year.value === year.getAttribute("data-today") ? shown.getAttribute("data-today")
    : shown.getAttribute("data-year").replace("YEAR", year.value);
}

// ---- loading a state ---------------------------------------------------------------------
function missing(next) {
  var option = kindOption(next.map);
  if (option.getAttribute("data-target") && !next.target) { return option.getAttribute("data-asks"); }
  if (next.map === "path" && (!next.params.from || !next.params.to)) { return option.getAttribute("data-asks"); }
  return null;
}

function message(id, text) {
  var element = document.getElementById(id);
  element.textContent = text || "";
  element.hidden = !text;
}

function go(next, push) {
  var asks = missing(next);
  message("map-asks", asks);
  if (asks) { state = next; return Promise.resolve(); }
  if (push && pageUrl(next) !== pageUrl(state)) { history.pushState(null, "", pageUrl(next)); }
  state = next;
  var busy = document.getElementById("map-busy");
  busy.textContent = busy.getAttribute("data-text");
  container.classList.add("busy");
  container.setAttribute("data-ready", "false");
  return fetchMap(next, lang).then(function (data) {
    busy.textContent = "";
    container.classList.remove("busy");
    if (data.problem) {
      message("map-problem", data.problem);
      container.setAttribute("data-ready", "true");
      return;
    }
    message("map-problem", null);
    if (phone()) { offerTheMap(data.nodes.length); }  // the drawer stays open for the next condition
    data.options = view.data.options;
    view.replace(data);
    rememberNames(data.nodes);
    showMap(data);
    hideCard();
  });
}

function showMap(data) {
  document.getElementById("map-title").textContent = data.title;
  document.getElementById("map-subtitle").textContent = data.subtitle || "";
  document.getElementById("map-today").hidden = !state.params.as_of;  // a past year's map: the way back
  document.title = data.title + " — " + document.title.split(" — ").slice(-1)[0];
  var folded = data.aggregated && (lang === "en" ? data.aggregated.message_en : data.aggregated.message);
  peopleFolded = Boolean(data.aggregated);
  message("map-notice", data.note || folded || null);
  showLegend(document.getElementById("legend-body"), data.legend);
  offerSize(data);
  listClusters();
  listNodes();
  container.setAttribute("data-nodes", data.nodes.length);
  container.setAttribute("data-edges", data.edges.length);
  ["graphml", "gexf"].forEach(function (format) {
    document.getElementById("export-" + format).href = twinUrl(state, {format: format});
  });
}

form.addEventListener("change", function (event) {
  if (event.target === kindSelect) { showFields(); }
  if (event.target.list) { return; }  // a name field: on choosing or Enter
  go(fromForm(), true);
});
form.addEventListener("submit", function (event) { event.preventDefault(); go(fromForm(), true); });
form.elements.as_of.addEventListener("input", showYear);
window.addEventListener("popstate", function () {
  var next = stateFromLocation(window.location);
  toForm(next);
  go(next, false);
});

// The name fields: the site's search as the reader types; choosing a name draws the map.
var searching = null;
["target", "from", "to"].forEach(function (name) {
  var field = form.elements[name];
  field.addEventListener("input", function () {
    var text = field.value.trim();
    if (known[text]) { go(fromForm(), true); return; }
    clearTimeout(searching);
    if (text.length < 1) { return; }
    searching = setTimeout(function () {
      searchNodes(text).then(function (found) {
        var list = document.getElementById("f-nodes");
        while (list.firstChild) { list.removeChild(list.firstChild); }
        found.forEach(function (item) {
          known[item.name] = item.id;
          var option = document.createElement("option");
          option.value = item.name;
          list.appendChild(option);
        });
      });
    }, 200);
  });
  field.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); go(fromForm(), true); }
  });
});

// ---- the map: click, double-click, the card's links --------------------------------------
function linksFor(node) {
  var named = !node.anonymous && (node.type === "Person" || node.type === "Group" || node.type === "Intermediary");
  var keep = {};
  ["as_of", "min_confidence", "lang"].forEach(function (k) { if (state.params[k]) { keep[k] = state.params[k]; } });
  function url(map, target, extra) { return pageUrl({map: map, target: target, params: Object.assign({}, keep, extra || {})}); }
  return {
    ego: named ? url("ego", node.id) : null,
    from: named ? url("path", null, {from: node.id}) : null,
    to: named && pendingFrom && pendingFrom !== node.id ? url("path", null, {from: pendingFrom, to: node.id}) : null,
    candidates: named && node.type !== "Person" ? url("candidates", node.id) : null
  };
}

view.network.on("click", function (params) {
  if (!params.nodes.length) { hideCard(); return; }
  var node = view.nodes.get(params.nodes[0]);
  showCard(node, linksFor);
  if (phone()) { openPanel(true); }
  document.getElementById("details").scrollIntoView({block: "nearest"});
});

function phone() { return window.matchMedia("(max-width: 52rem)").matches; }

view.network.on("doubleClick", function (params) {
  if (!params.nodes.length) { return; }
  var node = view.nodes.get(params.nodes[0]);
  if (node.anonymous || (node.type !== "Person" && node.type !== "Group")) { return; }
  var ego = {map: "ego", target: node.id, params: {}};
  ["as_of", "min_confidence", "lang"].forEach(function (k) { if (state.params[k]) { ego.params[k] = state.params[k]; } });
  fetchMap(ego, lang).then(function (data) {
    if (!data.problem) { view.expand(node.id, data); rememberNames(data.nodes); }
  });
});

document.getElementById("details").addEventListener("click", function (event) {
  var link = event.target.closest("a[data-map]");
  if (!link || link.hidden) { return; }
  event.preventDefault();
  var next = stateFromLocation(new URL(link.href, window.location.href));
  if (link.id === "details-from") {  // the route starts here: the other end is clicked next
    pendingFrom = next.params.from;
    toForm(next);
    history.pushState(null, "", pageUrl(next));
    state = next;
    document.getElementById("map-title").textContent =
      kindOption("path").textContent + ": " + document.getElementById("details-name").textContent + " → …";
    message("map-asks", link.getAttribute("data-asks"));
    hideCard();
    openPanel(false);
    return;
  }
  toForm(next);
  openPanel(false);
  go(next, true);
});

// ---- the toolbar -------------------------------------------------------------------------
// On a phone the drawer covers the map. Closing it after each change made choosing an area and
// a sector two trips; it stays open, and its 閉じる says that the map is redrawn and how much
// it holds (「地図を見る(24 件)」).
function offerTheMap(count) {
  var close = document.querySelector("[data-action=panel-close]");
  close.textContent = close.getAttribute("data-after-change").replace("{count}", String(count));
}

function openPanel(open) {
  panel.classList.toggle("open", open);
  document.querySelector("[data-action=panel]").setAttribute("aria-expanded", String(open));
}

var actions = {
  "zoom-in": function () { view.zoom(1.4); },
  "zoom-out": function () { view.zoom(1 / 1.4); },
  "fit": function () { view.network.fit({animation: {duration: 300}}); },
  "fullscreen": function () {
    var stage = container.closest(".stage");
    if (document.fullscreenElement) { document.exitFullscreen(); }
    else if (stage.requestFullscreen) { stage.requestFullscreen().then(function () { view.network.redraw(); }); }
  },
  "png": function () {
    var day = document.querySelector(".printed-on").textContent.trim();
    var canvas = picture(view.network, view.data, day);
    window.tsunaguMap.lastPicture = {width: canvas.width, height: canvas.height};
    download(canvas, "tsunagu-" + state.map + (state.target ? "-" + state.target : "") + ".png");
  },
  "print": function () { window.print(); },  // the title, the map and the legend (map.css @media print)
  "panel": function () { openPanel(!panel.classList.contains("open")); },
  "panel-close": function () { openPanel(false); },
  "today": function () {
    var year = form.elements.as_of;
    year.value = year.getAttribute("data-today");
    showYear();
    go(fromForm(), true);
  }
};
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-action]");
  if (button && actions[button.getAttribute("data-action")]) { actions[button.getAttribute("data-action")](); }
});

// ---- searching the map -------------------------------------------------------------------
var lastQuery = "", lastIndex = -1;
document.getElementById("map-search").addEventListener("submit", function (event) {
  event.preventDefault();
  var variants = JSON.parse(this.getAttribute("data-variants") || "{}");
  var query = fold(document.getElementById("map-search-input").value, variants);
  var status = document.getElementById("map-search-status");
  var found = query ? view.nodes.get({filter: function (node) {
    return !node.anonymous && (node.search || fold(node.name || node.text, variants)).indexOf(query) !== -1;
  }}) : [];
  if (!found.length) {
    status.textContent = status.getAttribute(peopleFolded ? "data-folded" : "data-none");
    hideCard();
    return;
  }
  lastIndex = query === lastQuery ? (lastIndex + 1) % found.length : 0;
  lastQuery = query;
  status.textContent = found.length > 1
    ? status.getAttribute("data-many").replace("COUNT", found.length).replace("INDEX", lastIndex + 1) : "";
  var node = found[lastIndex];
  view.network.selectNodes([node.id]);
  view.network.focus(node.id, {scale: 1.4, animation: {duration: 300}});
  showCard(node, linksFor);  // on a phone, in the open drawer as after a tap; 閉じる shows it on the map
  document.getElementById("details").scrollIntoView({block: "nearest"});
});

window.tsunaguMap = Object.assign(window.tsunaguMap || {}, {view: view, go: function (next) { return go(next, true); },
                                                            state: function () { return state; }});

// ---- embedding (admins) ----------------------------------------------------------------
// The filters change the address in place: the embed is made of the map as it is now shown.
var embedForm = document.getElementById("embed-form");
if (embedForm) {
  embedForm.addEventListener("submit", function () {
    document.getElementById("embed-address").value = window.location.pathname + window.location.search;
  });
}
