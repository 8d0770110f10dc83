// The state of the workspace (which map, its target, its filters) and the URLs it maps to:
// the page /maps/<kind>[/<target>]?… that a copied link opens, and its JSON twin /api/maps/….
export var PARAMS = ["from", "to", "need", "area", "sector", "theme", "kind", "as_of", "min_confidence",
                     "depth", "k", "limit", "colour", "size", "lang"];

export function stateFromLocation(location) {
  var parts = location.pathname.split("/").filter(Boolean);  // maps, <kind>, <target>?
  var query = new URLSearchParams(location.search);
  var params = {};
  PARAMS.forEach(function (name) { if (query.get(name)) { params[name] = query.get(name); } });
  return {map: parts[1] || "network", target: parts[2] ? decodeURIComponent(parts[2]) : null, params: params};
}

function path(state) {
  return "/maps/" + state.map + (state.target ? "/" + encodeURIComponent(state.target) : "");
}

function query(state, extra) {
  var search = new URLSearchParams();
  Object.keys(state.params).sort().forEach(function (name) {
    if (state.params[name] !== null && state.params[name] !== undefined && state.params[name] !== "") {
      search.set(name, state.params[name]);
    }
  });
  Object.keys(extra || {}).forEach(function (name) { search.set(name, extra[name]); });
  var text = search.toString();
  return text ? "?" + text : "";
}

export function pageUrl(state) { return path(state) + query(state); }
export function twinUrl(state, extra) { return "/api" + path(state) + query(state, extra); }

// The map's data, or {problem: message} when the app refuses (an unknown area, say).
export function fetchMap(state, lang) {
  return fetch(twinUrl(state), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
    .then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) { return body; }
        var error = body.error || {};
        return {problem: (lang === "en" ? error.message_en : error.message) || String(response.status)};
      });
    });
}

// People and groups whose name or kana matches `text` (the site's search), for the target fields.
export function searchNodes(text) {
  var url = "/api/search?limit=8&q=" + encodeURIComponent(text);
  return fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
    .then(function (response) { return response.ok ? response.json() : {results: {}}; })
    .then(function (body) {
      var found = [];
      ["Person", "Group"].forEach(function (type) {
        ((body.results || {})[type] || {items: []}).items.forEach(function (item) {
          found.push({id: item.id, name: item.name, type: type});
        });
      });
      return found;
    });
}

// The clusters of the network (named for the reader), for the panel's list.
export function fetchClusters(params) {
  var query = new URLSearchParams();
  ["as_of", "min_confidence", "lang"].forEach(function (name) { if (params[name]) { query.set(name, params[name]); } });
  return fetch("/api/communities?" + query.toString(), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
    .then(function (response) { return response.ok ? response.json() : {items: []}; });
}
