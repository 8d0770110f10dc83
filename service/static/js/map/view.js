// Draws a map with vis-network and keeps it readable: names are written by this module, not
// by vis, so that groups and marked nodes are named at every zoom, people once zoomed in far
// enough to read them (on a small map at every zoom), each below, above or beside its node,
// and a label that would overlap a more important one is left out.
// Names come from spreadsheets: they are only ever drawn on the canvas or set as text.
var LABEL_PX = 13;          // the size names are written at on screen, at any zoom
var PEOPLE_FROM_SCALE = 0.75; // people's names from this zoom on…
var PEOPLE_ALWAYS_UP_TO = 80;  // …or at every zoom on a map this small (someone's surroundings)
var READABLE_SCALE = 0.6;   // the first view: never smaller than this when the map is small

function tooltip(text) {
  var element = document.createElement("div");
  element.className = "map-tooltip";
  element.textContent = text;
  return element;
}

// A phone or a tablet has no hover: a tap would leave the tooltip standing over the names,
// and the card in the panel says the same.
var HOVER = window.matchMedia("(hover: hover)").matches;

function visNode(node) {
  var copy = Object.assign({}, node);
  copy.text = node.level === 2 ? "" : (node.label || node.name || "");
  copy.label = undefined;
  copy.plainTitle = node.title || "";
  copy.title = HOVER ? tooltip(copy.plainTitle) : undefined;
  return copy;
}

function visEdge(edge, index) {
  var copy = Object.assign({id: "e" + index + ":" + edge.from + ":" + edge.to}, edge);
  copy.title = edge.title && HOVER ? tooltip(edge.title) : undefined;
  return copy;
}

// The node chosen (clicked, or found by the map's search) stands out from a crowd: a thick
// dark ring and a halo, unlike any mark the legend explains.
function markChosen(values, id, selected) {
  if (!selected) { return; }
  values.borderWidth = 6;
  values.borderColor = "#000000";
  values.shadow = true;
  values.shadowColor = "rgba(0, 0, 0, 0.55)";
  values.shadowSize = 18;
  values.shadowX = 0;
  values.shadowY = 0;
}

export function createView(container, data, onReady) {
  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var options = Object.assign({}, data.options);
  options.nodes = Object.assign({}, options.nodes, {chosen: {node: markChosen, label: false}});
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  var view = {network: network, nodes: nodes, edges: edges, data: data};
  window.network = network;

  view.onRoute = routeNodes(edges);
  network.on("afterDrawing", function (ctx) { writeNames(ctx, network, nodes, view.onRoute); });

  view.fitReadable = function () {
    network.fit({animation: false});
    var main = mainComponent(network, nodes);
    // A few far islands (a lone group, a pair) are set aside, unless they are marked, so that
    // they do not shrink the network to dots; never a large part of the map: a map filtered to
    // 光が丘 and 地縁 opened on one of its three clusters, its PNG and printout without the others.
    if (main.length && nodes.length - main.length <= ISLANDS_ASIDE * nodes.length) {
      network.fit({nodes: main.concat(nodes.getIds({filter: marked})), animation: false});
    }
    network.moveTo({scale: Math.min(network.getScale() * 0.9, 1.5)});  // room for the names at the edges
  };

  view.replace = function (next) {
    view.data = next;
    nodes.clear(); edges.clear();
    nodes.add(next.nodes.map(visNode));
    edges.add(next.edges.map(visEdge));
    view.onRoute = routeNodes(edges);
    view.fitReadable();
    settled(container);
  };

  view.zoom = function (factor) {
    network.moveTo({scale: network.getScale() * factor, animation: {duration: 200}});
  };

  // Neighbours of `id` (from the ego map's twin) added around it, the rest left in place.
  view.expand = function (id, more) {
    var centre = network.getPosition(id);
    var fresh = more.nodes.filter(function (n) { return !nodes.get(n.id); });
    fresh.forEach(function (node, i) {
      var angle = 2 * Math.PI * i / Math.max(fresh.length, 1);
      var radius = 90 + 6 * fresh.length;
      node.x = centre.x + radius * Math.cos(angle);
      node.y = centre.y + radius * Math.sin(angle);
    });
    nodes.add(fresh.map(visNode));
    var have = {};
    edges.forEach(function (e) { have[e.from + "\u0000" + e.to] = true; have[e.to + "\u0000" + e.from] = true; });
    edges.add(more.edges.filter(function (e) { return !have[e.from + "\u0000" + e.to]; })
      .map(function (e, i) { return visEdge(e, "x" + id + i); }));
    return fresh.length;
  };

  view.fitReadable();
  settled(container);
  if (onReady) { onReady(view); }
  return view;
}

function settled(container) {
  container.setAttribute("data-ready", "true");
  window.tsunaguMap = Object.assign(window.tsunaguMap || {}, {ready: true});
}

// The biggest connected part, so that the first view is not shrunk by a few far islands.
var ISLANDS_ASIDE = 0.1;  // at most this share of the nodes is left outside the first view

function mainComponent(network, nodes) {
  var seen = {}, best = [];
  nodes.getIds().forEach(function (start) {
    if (seen[start]) { return; }
    var part = [], stack = [start];
    seen[start] = true;
    while (stack.length) {
      var id = stack.pop();
      part.push(id);
      network.getConnectedNodes(id).forEach(function (next) {
        if (!seen[next]) { seen[next] = true; stack.push(next); }
      });
    }
    if (part.length > best.length) { best = part; }
  });
  return best;
}

var widths = {};
function textWidth(ctx, text) {
  if (widths[text] === undefined) { widths[text] = ctx.measureText(text).width / 100; }
  return widths[text];
}

function marked(node) { return Boolean(node.highlight || node.candidate); }

// Whose name is placed first where names would overlap: the people and groups of a route (a
// route map named its ends and its groups, and left the person in the middle unnamed under a
// group's name), then groups, then marked nodes, then the larger.
function importance(node, onRoute) {
  return (onRoute[node.id] ? 2e6 : 0) + (node.level === 0 ? 1e6 : 0) + (marked(node) ? 1e5 : 0) + (node.size || 0);
}

function routeNodes(edges) {
  var on = {};
  edges.forEach(function (edge) { if (edge.route) { on[edge.from] = true; on[edge.to] = true; } });
  return on;
}

function writeNames(ctx, network, nodes, onRoute) {
  var scale = network.getScale();
  var body = network.body.nodes;
  var canvas = network.canvas.frame.canvas;
  var topLeft = network.DOMtoCanvas({x: 0, y: 0});
  var bottomRight = network.DOMtoCanvas({x: canvas.clientWidth, y: canvas.clientHeight});
  var small = nodes.length <= PEOPLE_ALWAYS_UP_TO;  // people named at every zoom, names also beside their node
  var farOff = scale < PEOPLE_FROM_SCALE && !small;
  var chosen = nodes.get({filter: function (n) {
    if (!n.text || n.level === 2 || (n.level === 1 && farOff && !onRoute[n.id])) { return false; }
    var drawn = body[n.id];
    return drawn && drawn.x >= topLeft.x && drawn.x <= bottomRight.x && drawn.y >= topLeft.y && drawn.y <= bottomRight.y;
  }});
  var selected = {};
  network.getSelectedNodes().forEach(function (id) { selected[id] = true; });
  chosen.sort(function (a, b) {  // the node chosen first: its name is never the one left out
    return (selected[b.id] ? 1e7 : 0) + importance(b, onRoute) - (selected[a.id] ? 1e7 : 0) - importance(a, onRoute);
  });
  var size = LABEL_PX / scale;
  ctx.save();
  ctx.font = "100px sans-serif";
  var placed = [];
  ctx.font = size + "px 'Noto Sans CJK JP', sans-serif";
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineWidth = 3 / scale;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = "#1b1b1b";
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = "100px 'Noto Sans CJK JP', sans-serif";
  function overlap(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
  function reach(n) { return (n.size || 10) + (selected[n.id] ? 8 : 0) / scale; }  // with the chosen's ring
  function dot(n) {
    var drawn = body[n.id], r = reach(n);
    return drawn && {id: n.id, x: drawn.x - r, y: drawn.y - r, w: 2 * r, h: 2 * r};
  }
  // A name covers no other name, nor the chosen node, nor — on a small map, where it would be
  // read as another's — any node but its own.
  var dots = (small ? nodes.get() : nodes.get(Object.keys(selected))).map(dot).filter(Boolean);
  function whole(box) {  // on the screen, not cut off at an edge
    return box.x >= topLeft.x && box.x + box.w <= bottomRight.x && box.y >= topLeft.y && box.y + box.h <= bottomRight.y;
  }
  // Two names on one line keep a space between them: 「練馬区 都市農業課石神井台町会」 read as one.
  function apart(a, b) { return !overlap({x: a.x - size / 2, y: a.y, w: a.w + size, h: a.h}, b); }
  function free(box, id) {
    return placed.every(function (p) { return apart(box, p); }) &&
      dots.every(function (d) { return d.id === id || !overlap(box, d); });
  }
  function covered(box, id) { return dots.filter(function (d) { return d.id !== id && overlap(box, d); }).length; }
  chosen.forEach(function (n) {
    var drawn = body[n.id];
    var w = textWidth(measure, n.text) * size, h = size * 1.2, gap = reach(n) + 2 / scale;
    var centred = Math.max(topLeft.x, Math.min(drawn.x - w / 2, bottomRight.x - w));  // not cut off at an edge
    var places = [{x: centred, y: drawn.y + gap}, {x: centred, y: drawn.y - gap - h}];  // below, above
    if (small) {  // beside too: a crowded map's names beside their nodes run into each other
      places.push({x: drawn.x + gap, y: drawn.y - h / 2}, {x: drawn.x - gap - w, y: drawn.y - h / 2});
    }
    if (small && n.level === 0) {  // a group among its members: a line further off, rather than no name
      places.push({x: centred, y: drawn.y + gap + h}, {x: centred, y: drawn.y - gap - 2 * h});
    }
    var box = null;
    for (var i = 0; i < places.length && !box; i++) {
      var tried = {id: n.id, x: places[i].x, y: places[i].y, w: w, h: h};
      if (whole(tried) && free(tried, n.id)) { box = tried; }
    }
    if (!box && (n.level === 0 || marked(n))) {  // a group and the map's subject are named even among crowding
      // nodes: over as few dots as can be, never over a name (nor cut off at an edge, but the subject)
      box = places.map(function (p) { return {id: n.id, x: p.x, y: p.y, w: w, h: h}; })
        .filter(function (b) {
          return placed.every(function (p) { return apart(b, p); }) && (marked(n) || whole(b)) &&
            dots.every(function (d) { return d.id === n.id || !selected[d.id] || !overlap(b, d); });
        })
        .sort(function (a, b) { return (whole(b) - whole(a)) || (covered(a, n.id) - covered(b, n.id)); })[0] || null;
    }
    if (!box) { return; }  // left out
    placed.push(box);
    ctx.strokeText(n.text, box.x + w / 2, box.y);
    ctx.fillText(n.text, box.x + w / 2, box.y);
  });
  ctx.restore();
  window.tsunaguMap = Object.assign(window.tsunaguMap || {}, {labelsDrawn: placed.length, labels: placed});
}
