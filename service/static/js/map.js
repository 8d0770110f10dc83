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
  if (data.options.physics && data.options.physics.enabled === false) {
    network.once("afterDrawing", settle);  // positions come from the server: still at once
  } else {
    network.once("stabilizationIterationsDone", settle);
  }
  if (data.nodes.length === 0) { settle(); }

  var details = document.getElementById("details");
  if (!details) { return; }  // an embed: the map alone
  network.on("click", function (params) {
    if (!params.nodes.length) { details.hidden = true; return; }
    var node = nodes.get(params.nodes[0]);
    document.getElementById("details-name").textContent = node.name || node.label;
    document.getElementById("details-text").textContent = node.plainTitle;
    var ego = document.getElementById("details-ego");
    var egoable = (node.type === "Person" && !node.anonymous) || node.type === "Group";
    ego.hidden = !egoable;
    if (egoable) { ego.href = "/maps/ego/" + encodeURIComponent(node.id) + (document.documentElement.lang === "en" ? "?lang=en" : ""); }
    var own = document.getElementById("details-page");
    var pages = {Person: "/people/", Group: "/groups/", Intermediary: "/groups/", Collaboration: "/collaborations/"};
    var pageable = pages[node.type] && !(node.type === "Person" && node.anonymous);
    own.hidden = !pageable;
    if (pageable) { own.href = pages[node.type] + encodeURIComponent(node.id); }
    details.hidden = false;
    showMore(egoable ? node.id : null);
  });

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
          var term = document.createElement("dt");
          term.textContent = more.getAttribute("data-" + row[0]);
          var value = document.createElement("dd");
          value.textContent = row[1].join("、");
          more.appendChild(term);
          more.appendChild(value);
        });
      });
  }

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

// The time slider: a year on the range sets the date to that year's last day and shows it.
(function () {
  var year = document.getElementById("as-of-year");
  var day = document.getElementById("as-of-date");
  if (!year || !day) { return; }
  year.addEventListener("change", function () {
    day.value = year.value + "-12-31";
    document.getElementById("as-of-form").submit();
  });
}());
