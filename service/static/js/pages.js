// Small progressive enhancements of the coordinator pages (they all work without script).
document.querySelectorAll("button.print").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
