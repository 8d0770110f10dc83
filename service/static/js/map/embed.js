// An embedded map: the map alone (read-only, in a dashboard's frame), its legend folded.
import {showLegend} from "./panel.js";
import {createView} from "./view.js";

var data = JSON.parse(document.getElementById("map-data").textContent);
createView(document.getElementById("network"), data);
showLegend(document.getElementById("legend-body"), data.legend);
