// A page shown inside another (the map of someone's surroundings on a group's or a person's
// page) drops the site's header and footer: the page around it already has them. Loaded in
// <head>, before the body is drawn, so that they never flash.
if (window.self !== window.top) { document.documentElement.classList.add("framed"); }
