// The current view as a PNG for a report: the title, the filters and the day above the map,
// the legend below it, drawn on one canvas.
export function picture(network, data, day) {
  var source = network.canvas.frame.canvas;
  var ratio = source.width / source.clientWidth || 1;
  var legendItems = data.legend.sectors.map(function (s) { return {color: s.color, label: s.label}; })
    .concat((data.legend.marks || []).map(function (m) { return {color: m.color, label: m.label, line: m.kind === "line"}; }));
  var head = 70 * ratio, perRow = Math.max(1, Math.floor(source.width / (200 * ratio)));
  var foot = (Math.ceil(legendItems.length / perRow) * 24 + 16) * ratio;
  var canvas = document.createElement("canvas");
  canvas.width = source.width;
  canvas.height = source.height + head + foot;
  var ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#1b1b1b";
  ctx.font = (20 * ratio) + "px 'Noto Sans CJK JP', sans-serif";
  ctx.textBaseline = "top";
  ctx.fillText(data.title || "", 12 * ratio, 10 * ratio);
  ctx.font = (13 * ratio) + "px 'Noto Sans CJK JP', sans-serif";
  ctx.fillStyle = "#4a4a4a";
  ctx.fillText([data.subtitle, day].filter(Boolean).join(" · "), 12 * ratio, 40 * ratio);
  ctx.drawImage(source, 0, head);
  legendItems.forEach(function (item, i) {
    var x = (12 + (i % perRow) * 200) * ratio, y = source.height + head + (8 + Math.floor(i / perRow) * 24) * ratio;
    ctx.fillStyle = item.color;
    if (item.line) { ctx.fillRect(x, y + 7 * ratio, 22 * ratio, 4 * ratio); }
    else { ctx.beginPath(); ctx.arc(x + 8 * ratio, y + 9 * ratio, 7 * ratio, 0, 2 * Math.PI); ctx.fill(); }
    ctx.fillStyle = "#1b1b1b";
    ctx.fillText(item.label, x + 28 * ratio, y + 2 * ratio);
  });
  return canvas;
}

export function download(canvas, filename) {
  canvas.toBlob(function (blob) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }, "image/png");
}
