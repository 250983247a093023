// Live updates: the server streams small "marks" (counts and sequence numbers) as they move; when they
// differ from what this page was rendered with, a notice offers a reload. Nothing reloads by itself, so a
// reason being typed is never lost. Falls back to polling /api/marks where EventSource is unavailable.
(function () {
  "use strict";
  var base;
  try { base = JSON.parse(document.body.dataset.marks || "{}"); } catch (e) { base = {}; }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function describe(m) {
    var parts = [];
    var q = (m.quarantined || 0) - (base.quarantined || 0);
    var cards = (m.cards || 0) - (base.cards || 0);
    var runs = (m.runs || 0) - (base.runs || 0);
    var results = (m.results || 0) - (base.results || 0);
    if (q > 0) parts.push(plural(q, "new candidate arrived in quarantine", "new candidates arrived in quarantine"));
    else if (cards > 0) parts.push(plural(cards, "new memory", "new memories"));
    if (runs > 0) parts.push(plural(runs, "new run", "new runs"));
    else if (m.runs_newest > (base.runs_newest || 0)) parts.push("a run finished or progressed");
    if (results > 0 || m.results_newest > (base.results_newest || 0)) parts.push("benchmark results changed");
    if (!parts.length && (m.audit !== base.audit || m.versions !== base.versions || q < 0)) {
      parts.push("memory changed elsewhere");
    }
    return parts;
  }

  function show(m) {
    ["quarantined", "cards", "runs", "results"].forEach(function (key) {
      var el = document.getElementById("badge-" + key);
      if (el && typeof m[key] === "number") el.textContent = String(m[key]);
    });
    var parts = describe(m);
    var box = document.getElementById("live");
    if (!box) return;
    if (parts.length) {
      document.getElementById("live-text").textContent = parts.join(" · ") + ".";
      document.getElementById("live-reload").setAttribute("href", window.location.href);
      box.hidden = false;
    }
  }

  function poll() {
    fetch("/api/marks", { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (m) { if (m) show(m); })
      .catch(function () {})
      .then(function () { setTimeout(poll, 3000); });
  }

  if (window.EventSource) {
    var source = new EventSource("/events");
    source.addEventListener("marks", function (e) {
      try { show(JSON.parse(e.data)); } catch (err) { /* a bad frame is skipped */ }
    });
  } else {
    poll();
  }
})();
