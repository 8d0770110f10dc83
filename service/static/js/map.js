// Draws a Tsunagu map with vis-network from the JSON in #map-data.
// Names come from spreadsheets: they are only ever set as text (textContent, canvas labels,
// tooltip elements built with textContent), never parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var container = document.getElementById("network");

  function tooltip(text) {
    var element = document.createElement("div");
    element.className = "map-tooltip";
    element.textContent = text;
    return element;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (node) {
    var copy = Object.assign({}, node);
    copy.plainTitle = node.title || "";
    copy.title = tooltip(copy.plainTitle);
    return copy;
  }));
  var edges = new vis.DataSet(data.edges.map(function (edge, index) {
    var copy = Object.assign({id: "e" + index}, edge);
    if (edge.title) { copy.title = tooltip(edge.title); }
    return copy;
  }));

  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.network = network;
  window.tsunaguMap = {ready: false, nodes: nodes, edges: edges};

  function settle() {
    network.setOptions({physics: {enabled: false}});
    window.tsunaguMap.ready = true;
    container.setAttribute("data-ready", "true");
  }
  network.once("stabilizationIterationsDone", settle);
  if (data.nodes.length === 0) { settle(); }

  var details = document.getElementById("details");
  if (!details) { return; }  // an embed: the map alone
  network.on("click", function (params) {
    if (!params.nodes.length) { details.hidden = true; return; }
    var node = nodes.get(params.nodes[0]);
    document.getElementById("details-name").textContent = node.name || node.label;
    document.getElementById("details-text").textContent = node.plainTitle;
    var ego = document.getElementById("details-ego");
    var egoable = node.type === "Person" || node.type === "Group";
    ego.hidden = !egoable;
    if (egoable) { ego.href = "/maps/ego/" + encodeURIComponent(node.id) + (document.documentElement.lang === "en" ? "?lang=en" : ""); }
    details.hidden = false;
  });

  var names = document.getElementById("map-search-names");
  nodes.forEach(function (node) {
    var option = document.createElement("option");
    option.value = node.name || node.label;
    names.appendChild(option);
  });
  document.getElementById("map-search").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("map-search-input").value.trim().toLowerCase();
    var status = document.getElementById("map-search-status");
    var found = nodes.get({filter: function (node) {
      return query && String(node.name || node.label).toLowerCase().indexOf(query) !== -1;
    }});
    if (!found.length) { status.textContent = "—"; return; }
    status.textContent = found.length > 1 ? String(found.length) : "";
    network.selectNodes([found[0].id]);
    network.focus(found[0].id, {scale: 1.4, animation: {duration: 400}});
  });
})();
