// Small progressive enhancements of the coordinator pages (they all work without script).
document.querySelectorAll("button.print").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});

// A printout shows what a folded part holds (an introduction's 経過, a route): the closed
// <details> of the page are opened while it prints, and closed again after.
(function () {
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("main details:not([open])"),
                                         function (details) { return !details.closest(".no-print, form"); });
    opened.forEach(function (details) { details.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
}());

// On a phone the menu folds behind one button, so that a page (a map above all) starts near
// the top of the screen; without script it stays open.
(function () {
  var toggle = document.querySelector(".menu-toggle");
  if (!toggle) { return; }
  document.documentElement.classList.add("menu-folds");
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    toggle.closest("header").classList.toggle("menu-open", open);
  });
}());

// A part of a form that only matters for one choice of a select (a new group's kind and
// sector, when the response's group is registered as new; 「…とは別の人」 for the group whose
// member it names): shown only then, and not sent otherwise.
document.querySelectorAll("[data-shown-when]").forEach(function (part) {
  var rule = part.getAttribute("data-shown-when").split("=");
  var select = document.getElementById(rule[0]);
  if (!select) { return; }
  function update() {
    part.hidden = select.value !== rule[1];
    part.querySelectorAll("input, select").forEach(function (field) { field.disabled = part.hidden; });
  }
  select.addEventListener("change", update);
  update();
});

// A form whose answer can take a while (a ward's 顔役 on other ties: up to a minute) says so
// once sent, in its output.busy-text, and is not sent twice; without script it just waits.
document.querySelectorAll("form[data-busy]").forEach(function (form) {
  var said = form.querySelector("output.busy-text");
  function busy(yes) {
    if (said) { said.textContent = yes ? form.getAttribute("data-busy") : ""; }
    form.querySelectorAll("button[type=submit]").forEach(function (button) { button.disabled = yes; });
  }
  form.addEventListener("submit", function () { busy(true); });
  window.addEventListener("pageshow", function () { busy(false); });  // back to this page
});

// A text to copy into a mail: one button, and a word when it is done.
document.querySelectorAll("button.copy-button").forEach(function (button) {
  var source = document.getElementById(button.getAttribute("data-copy"));
  var done = button.parentNode.querySelector(".copy-done");
  if (!source || !navigator.clipboard) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(source.value).then(function () {
      if (done) { done.textContent = done.getAttribute("data-text"); }
    });
  });
});

// A page about another day (as_of) or about the surer ties only (min_confidence): its links
// to the site's pages and its forms keep asking about the same network.
(function () {
  var banner = document.getElementById("as-of-banner");
  if (!banner) { return; }
  var kept = {as_of: banner.getAttribute("data-as-of"), min_confidence: banner.getAttribute("data-min-confidence")};
  var names = Object.keys(kept).filter(function (name) { return kept[name]; });
  document.querySelectorAll("main a[href^='/']").forEach(function (link) {
    if (link.getAttribute("data-keep-view") === "no" || /^\/(api|static|vendor)\//.test(link.getAttribute("href"))) { return; }
    var url = new URL(link.getAttribute("href"), window.location.origin);
    names.forEach(function (name) { if (!url.searchParams.has(name)) { url.searchParams.set(name, kept[name]); } });
    link.setAttribute("href", url.pathname + url.search + url.hash);
  });
  document.querySelectorAll("main form[method='get'], main form:not([method])").forEach(function (form) {
    names.forEach(function (name) {
      if (form.querySelector("[name='" + name + "']")) { return; }
      var input = document.createElement("input");
      input.type = "hidden"; input.name = name; input.value = kept[name];
      form.appendChild(input);
    });
  });
}());

// A name field with suggestions as the reader types (the site's folded search, so カナ, かな
// and half-width all match): `data-suggest` names the kinds looked for ("Person Group"). On an
// edit form a suggestion's value is the id the form saves, shown with the name and groups;
// with data-suggest-value="name" it is the name (the page resolves names, and asks which of
// namesakes). Without script, or if the search fails, what is typed is sent as it is.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var kinds = input.getAttribute("data-suggest").split(" ");
    var byName = input.getAttribute("data-suggest-value") === "name";
    var timer = null, asked = 0;  // this box's own: a late answer to an earlier word is dropped
    input.addEventListener("input", function () {
      var query = input.value.trim();
      clearTimeout(timer);
      if (!query || /^[a-z]+-/i.test(query)) { return; }  // an id typed as it is
      timer = setTimeout(function () {
        var mine = ++asked;
        var only = kinds.length === 1 ? "type=" + encodeURIComponent(kinds[0]) + "&" : "";
        fetch("/api/search?" + only + "limit=15&q=" + encodeURIComponent(query),
              {credentials: "same-origin", headers: {Accept: "application/json"}})
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (data) {
            if (!data || mine !== asked) { return; }
            list.textContent = "";
            kinds.forEach(function (kind) {
              ((data.results[kind] || {}).items || []).forEach(function (item) {
                var option = document.createElement("option");
                var groups = (item.groups || []).join(" / ");
                option.value = byName ? item.name : item.id;
                option.label = byName ? groups : item.name + (groups ? "(" + groups + ")" : "");
                list.appendChild(option);
              });
            });
          })
          .catch(function () { /* suggestions are a help; what is typed still works */ });
      }, 200);
    });
  });
}());

// A list shown from the previous computation while the analysis after an import runs
// (地域の顔役: a minute at ward scale): its JSON twin (/api + this address) is asked every
// few seconds, and once the new computation is stored the notice says so, with a link to show
// it; if the computation failed, the notice says so instead of promising it. The page is not
// reloaded under the reader's eyes.
(function () {
  "use strict";
  var notice = document.querySelector("[data-fresh-text]");
  if (!notice) { return; }
  var every = 5000, until = Date.now() + 15 * 60 * 1000;
  function ask() {
    fetch("/api" + location.pathname + location.search,
          {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && data.fresh) {
          var link = document.createElement("a");
          link.href = location.href;
          link.textContent = notice.getAttribute("data-fresh-link");
          notice.style.minHeight = notice.offsetHeight + "px";  // the list below does not jump up
          notice.textContent = notice.getAttribute("data-fresh-text") + " ";
          notice.appendChild(link);
          return;
        }
        if (data && data.analysis_failed && notice.textContent !== notice.getAttribute("data-failed-text")) {
          notice.style.minHeight = notice.offsetHeight + "px";
          notice.textContent = notice.getAttribute("data-failed-text");  // not "a minute" any more
        }
        if (Date.now() < until) {
          setTimeout(ask, every);
        }
      })
      .catch(function () { if (Date.now() < until) { setTimeout(ask, every); } });
  }
  setTimeout(ask, every);
}());

// A message after a change to one row of a long list (「…を「連絡済み」に進めました」) was at the
// top of the page, above the screen the link scrolled to the row: it goes just before the row.
(function () {
  "use strict";
  var notice = document.querySelector("main > .notice.done");
  var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!notice || !target || target.tagName !== "TR") { return; }
  var row = document.createElement("tr");
  var cell = document.createElement("td");
  cell.colSpan = target.cells.length;
  cell.className = "notice done";
  cell.setAttribute("role", "status");
  cell.textContent = notice.textContent;
  row.appendChild(cell);
  target.parentNode.insertBefore(row, target);
  notice.remove();
  row.scrollIntoView({block: "start"});
}());
