(function () {
  "use strict";
  var body = document.body;
  var tip = document.getElementById("tip");
  var HOVERABLE = "g.m, g.bar, g.flag, g.gap, g.spot";

  // Hover text: SVG <title> gives it for free but slowly and plainly; the first hover moves
  // the title into data-tip (so the native tooltip never shows) and a styled box shows it.
  function tipOf(el) {
    if (el.hasAttribute("data-tip")) {
      return el.getAttribute("data-tip");
    }
    var title = el.querySelector("title");
    var text = title ? title.textContent : "";
    if (title) {
      title.parentNode.removeChild(title);
    }
    el.setAttribute("data-tip", text);
    return text;
  }

  function place(ev) {
    var x = ev.clientX + 14;
    var y = ev.clientY + 14;
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) {
      x = Math.max(8, ev.clientX - w - 14);
    }
    if (y + h > window.innerHeight - 8) {
      y = Math.max(8, ev.clientY - h - 14);
    }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest(HOVERABLE) : null;
    if (!el) {
      return;
    }
    tip.textContent = tipOf(el);
    tip.style.display = "block";
    place(ev);
  });
  document.addEventListener("mousemove", function (ev) {
    if (tip.style.display === "block") {
      place(ev);
    }
  });
  document.addEventListener("mouseout", function (ev) {
    var el = ev.target.closest ? ev.target.closest(HOVERABLE) : null;
    if (el && !(ev.relatedTarget && el.contains(ev.relatedTarget))) {
      tip.style.display = "none";
    }
  });

  // What the page holds, for tests driving a headless browser and for the curious.
  function count(selector) {
    return String(document.querySelectorAll(selector).length);
  }
  body.setAttribute("data-timelines", count("svg.timeline"));
  body.setAttribute("data-violation-marks", count("svg.timeline .vmark"));
  body.setAttribute("data-cells-pass", count("table.matrix td.cell.pass"));
  body.setAttribute("data-cells-fail", count("table.matrix td.cell.fail"));
  body.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  body.setAttribute("data-ready", "1");
})();
