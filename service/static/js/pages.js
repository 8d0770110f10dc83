// Small progressive enhancements of the coordinator pages (they all work without script).
document.querySelectorAll("button.print").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});

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
// sector, when the response's group is registered as new): shown only then.
document.querySelectorAll("[data-shown-when]").forEach(function (part) {
  var rule = part.getAttribute("data-shown-when").split("=");
  var select = document.getElementById(rule[0]);
  if (!select) { return; }
  function update() { part.hidden = select.value !== rule[1]; }
  select.addEventListener("change", update);
  update();
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
