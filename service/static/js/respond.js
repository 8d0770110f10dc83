// Survey and sign-in forms: group names suggest existing groups as one types (the server's
// folded search, so カナ, かな and half-width all match). Choosing a suggestion fills the
// hidden group id; typing a name that is not on the list leaves it empty (a new group).
(function () {
  "use strict";
  var form = document.querySelector("form[data-groups]");
  var list = document.getElementById("group-suggestions");
  if (!form || !list) { return; }
  var known = {};
  var timer = null;

  function idField(input) {
    return form.querySelector('input[type=hidden][name="' + input.getAttribute("data-id-field") + '"]');
  }

  function suggest(input) {
    var query = input.value.trim();
    if (!query) { return; }
    fetch(form.getAttribute("data-groups") + "?q=" + encodeURIComponent(query), {credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.json() : {items: []}; })
      .then(function (data) {
        list.textContent = "";
        data.items.forEach(function (group) {
          known[group.name] = group.id;
          var option = document.createElement("option");
          option.value = group.name;
          list.appendChild(option);
        });
      })
      .catch(function () { /* suggestions are a help; typing still works without them */ });
  }

  form.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains("group-name")) { return; }
    var hidden = idField(input);
    if (hidden) { hidden.value = known[input.value] || ""; }
    clearTimeout(timer);
    timer = setTimeout(function () { suggest(input); }, 200);
  });
}());
