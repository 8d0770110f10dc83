// Edit forms: a person is chosen by typing a name or reading (the site's folded search, so
// カナ, かな and half-width all match); each suggestion's value is the person's id, shown with
// their name and groups, which the form saves.
(function () {
  "use strict";
  var timer = null;
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    input.addEventListener("input", function () {
      var query = input.value.trim();
      clearTimeout(timer);
      if (!query || /^[a-z]+-/i.test(query)) { return; }  // an id typed as it is
      timer = setTimeout(function () {
        fetch("/api/search?type=" + encodeURIComponent(input.getAttribute("data-suggest")) + "&limit=15&q=" +
              encodeURIComponent(query), {credentials: "same-origin", headers: {Accept: "application/json"}})
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (data) {
            if (!data) { return; }
            var found = data.results[input.getAttribute("data-suggest")] || {items: []};
            list.textContent = "";
            found.items.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.id;
              option.label = item.name + (item.groups && item.groups.length ? "(" + item.groups.join(" / ") + ")" : "");
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a help; an id typed still works */ });
      }, 200);
    });
  });
}());
