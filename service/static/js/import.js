// The upload page: says it is reading while the preview is made, and follows an import's
// progress from its JSON twin until it is done (then shows the summary the page gives); once
// every row is sent, the database's saving has no count: the bar turns indeterminate.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var drop = document.querySelector(".upload .drop");
  if (drop) {  // a file dropped anywhere on the dashed area, not only on the button
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("over");
      if (event.dataTransfer.files.length) { document.getElementById("upload-file").files = event.dataTransfer.files; }
    });
  }
  if (form) {
    form.addEventListener("submit", function () {
      var busy = document.getElementById("upload-busy");
      busy.textContent = busy.getAttribute("data-text");
      document.getElementById("upload-check").disabled = true;
    });
  }
  var run = document.getElementById("import-form");
  if (run) {
    run.addEventListener("submit", function () { document.getElementById("import-run").disabled = true; });
  }
  var status = document.getElementById("import-status");
  var running = ["backup", "writing", "staged", "saving"];
  if (!status || running.indexOf(status.getAttribute("data-state")) === -1) { return; }
  var bar = document.getElementById("import-progress");
  var count = document.getElementById("import-count");
  function poll() {
    fetch(status.getAttribute("data-url"), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (response) { return response.json(); })
      .then(function (found) {
        var backing = document.getElementById("import-backing");  // the backup before a deletion
        if (backing) { backing.hidden = found.state !== "backup"; }
        if (found.state === "saving") {  // every row sent: no count left, the bar moves on its own
          bar.removeAttribute("value");
          count.textContent = count.getAttribute("data-saving");
          setTimeout(poll, 700);
        } else if (running.indexOf(found.state) !== -1) {
          if (found.total) { bar.max = found.total; bar.value = found.done || 0; }
          count.textContent = count.getAttribute("data-text").replace("DONE", (found.done || 0).toLocaleString("ja-JP"))
            .replace("TOTAL", found.total ? found.total.toLocaleString("ja-JP") : "…");
          setTimeout(poll, 700);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
}());
