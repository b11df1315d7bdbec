// The board's first rows, drawn by the loader from the first answer while the wasm is still on
// its way, so a visitor reads job titles about when a static page would show them. The markup
// is the board's own: FIRST_ROWS_TEMPLATE is the list view rendered by the view crate's
// components at build time (`careers loader-template`, written in by scripts/write-embed.sh),
// with a blank for every word. This script fills in the jobs' text and links, drops what
// the board will not show, and makes the controls inert; the wasm, which has the words, keeps
// these rows until it can show its own screen (BoardHost::retire_first_rows) and hides its
// board until then (board.css: [data-tt-first-rows] ~ .tt-board).
//
// Every rule here mirrors Rust, and tests/loader_conformance.rs holds each to the Rust
// implementation over the fixtures in tests/conformance/.

// Rust's `char::is_whitespace` (White_Space), which `str::trim` strips: not JavaScript's \s.
var RUST_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
var RUST_TRIM = new RegExp("^" + RUST_SPACE + "+|" + RUST_SPACE + "+$", "g");

function rustTrim(value) {
  return value.replace(RUST_TRIM, "");
}

// A string, or a whole number that a double holds exactly, as text; "" for blank and anything
// else (lenient::string in crates/api/src/lenient.rs).
function text(value) {
  if (typeof value === "string") return rustTrim(value) ? value : "";
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 9007199254740992) {
    return String(value);
  }
  return "";
}

// JSON true, or the strings "true" and "1" (lenient::flag).
function flag(value) {
  return value === true || value === "true" || value === "1";
}

// An amount of published pay, or null: a number or a numeric string (lenient::number, read
// in the browser with `Number`), positive, finite and below 10⁹ (Salary::published in
// crates/api/src/pay.rs).
function payAmount(value) {
  var amount = typeof value === "number" ? value
    : typeof value === "string" && rustTrim(value) ? Number(value) : NaN;
  return isFinite(amount) && amount > 0 && amount < 1e9 ? amount : null;
}

// Whether a job publishes pay a candidate may read (Salary::published): a sane bound, not a
// reversed range, and a three-letter currency.
function publishesPay(min, max, currency) {
  min = payAmount(min);
  max = payAmount(max);
  if (min === null && max === null) return false;
  if (min !== null && max !== null && min > max) return false;
  return typeof currency === "string" && /^[A-Za-z]{3}$/.test(rustTrim(currency));
}

// -1, 0 or 1 as `a` sorts before, with or after `b` by code points, as Rust compares `str`s.
function codePointOrder(a, b) {
  var x = Array.from(a);
  var y = Array.from(b);
  for (var i = 0; i < x.length && i < y.length; i++) {
    if (x[i] !== y[i]) return x[i].codePointAt(0) < y[i].codePointAt(0) ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

// An id of ASCII digits without its leading zeros, or null (numeric_id in crates/api/src/model.rs).
function numericId(id) {
  return /^[0-9]+$/.test(id) ? id.replace(/^0+(?=.)/, "") : null;
}

// Teamtailor's career-site order, a total order (sort_like_teamtailor in crates/api/src/model.rs):
// pinned first, then newest, then numeric ids before others, larger first, then by id.
function boardOrder(a, b) {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.created !== b.created) {
    if (!a.created) return 1;
    if (!b.created) return -1;
    return codePointOrder(b.created, a.created);
  }
  var x = numericId(a.id);
  var y = numericId(b.id);
  if ((x === null) !== (y === null)) return x === null ? 1 : -1;
  if (x !== null && x !== y) return x.length !== y.length ? y.length - x.length : x < y ? 1 : -1;
  return codePointOrder(b.id, a.id);
}

// Status words of a job that takes no applications (is_closed_status in crates/api/src/resolve.rs).
function isClosedStatus(status) {
  var word = rustTrim(status).replace(/[A-Z]/g, function (c) {
    return c.toLowerCase();
  });
  return word === "archived" || word === "closed" || word === "expired";
}

// A JSON:API jobs page (GET /v1/jobs) or a board snapshot (data-source), as the rows the board
// lists (WidgetConfig::lists): {id, title, department, departmentId, locations, locationIds,
// roleId, remote, language, pinned, created}. Anything unexpected yields no rows, and the wasm
// draws the list.
function firstRowsOf(doc) {
  var rows = [];
  if (!doc || typeof doc !== "object") return rows;
  if (Array.isArray(doc.jobs)) {
    doc.jobs.forEach(function (job) {
      if (!job || typeof job !== "object" || !text(job.id) || flag(job.closed)) return;
      var locations = (Array.isArray(job.locations) ? job.locations : []).filter(function (l) {
        return l && typeof l === "object" && text(l.id);
      });
      var department = job.department && typeof job.department === "object" && text(job.department.id) ? job.department : null;
      var role = job.role && typeof job.role === "object" && text(job.role.id) ? job.role : null;
      rows.push({
        id: text(job.id),
        title: text(job.title),
        department: department ? text(department.name) : "",
        departmentId: department ? text(department.id) : "",
        locations: locations.map(function (l) { return text(l.name); }),
        locationIds: locations.map(function (l) { return text(l.id); }),
        roleId: role ? text(role.id) : "",
        remote: text(job.remote_status),
        language: text(job.language_code),
        pinned: flag(job.pinned),
        created: text(job.created_at),
        pay: !!job.salary && typeof job.salary === "object" && !Array.isArray(job.salary)
          && publishesPay(job.salary.min, job.salary.max, job.salary.currency),
      });
    });
  } else if (Array.isArray(doc.data)) {
    var included = {};
    (Array.isArray(doc.included) ? doc.included : []).forEach(function (resource) {
      if (resource && resource.attributes && text(resource.id)) {
        included[text(resource.type) + "/" + text(resource.id)] = resource.attributes;
      }
    });
    var name = function (type, id) {
      var attributes = included[type + "/" + id];
      return attributes ? text(attributes.name) || text(attributes.city) : null;
    };
    var ids = function (relationship) {
      var data = relationship && relationship.data;
      return (Array.isArray(data) ? data : data ? [data] : []).map(function (d) {
        return text(d && d.id);
      });
    };
    doc.data.forEach(function (job) {
      var a = (job && job.attributes) || {};
      var r = (job && job.relationships) || {};
      if (!text(job && job.id) || isClosedStatus(text(a.status)) || isClosedStatus(text(a["human-status"]))) {
        return;
      }
      var departmentId = ids(r.department)[0] || "";
      var department = departmentId ? name("departments", departmentId) : null;
      var locationIds = ids(r.locations || r.location).filter(function (id) {
        return name("locations", id) !== null;
      });
      var roleId = ids(r.role)[0] || "";
      rows.push({
        id: text(job.id),
        title: text(a.title),
        department: department || "",
        departmentId: department === null ? "" : departmentId,
        locations: locationIds.map(function (id) { return name("locations", id); }),
        locationIds: locationIds,
        roleId: roleId && name("roles", roleId) !== null ? roleId : "",
        remote: text(a["remote-status"]),
        language: text(a["language-code"]),
        pinned: flag(a.pinned),
        created: text(a["created-at"]),
        pay: publishesPay(a["min-salary"], a["max-salary"], a.currency),
      });
    });
  }
  return rows.sort(boardOrder);
}

// The filters the board will show, by the suffix of their element ids (ListView, with
// facet_counts and FacetCounts::offers in crates/api/src/facet_counts.rs).
function visibleFacets(rows) {
  var facets = { department: {}, location: {}, role: {}, remote: {}, language: {}, pay: {} };
  rows.forEach(function (row) {
    var values = {
      department: [row.departmentId],
      location: row.locationIds,
      role: [row.roleId],
      remote: [row.remote || "none"],
      language: [row.language],
      pay: row.pay ? ["published"] : [],
    };
    for (var facet in values) {
      values[facet].forEach(function (value) {
        if (value) facets[facet][value] = true;
      });
    }
  });
  var visible = {};
  // FacetCounts::offers: two values or more, or pay's one.
  for (var facet in facets) visible[facet] = Object.keys(facets[facet]).length >= (facet === "pay" ? 1 : 2);
  return visible;
}

// The URL of job `id` on this page: the route parameter last, every other parameter kept
// (job_href_prefix in src/state/route.rs, then the id as encode_component writes it).
function jobHref(routeParam, id) {
  var url = new URL(location.href);
  url.searchParams.delete(routeParam);
  url.hash = "";
  return url.href + (url.search ? "&" : "?") + routeParam + "=" + encodeComponent(id);
}

// `node`'s text set to `value`, or `node` removed when there is none (the view shows no
// empty part).
function fillOrRemove(node, value) {
  if (!node) return;
  if (value) node.textContent = value;
  else node.remove();
}

// Called by the wasm on the early board (`this`: the page's prerendered board or the rows
// drawn here) once the widget's board in `root` has a screen of its own
// (src/state/takeover.rs). What the reader did on the early board is done again on the
// widget's, as if there: typed text and choices go through its own input and change
// handlers (and so into the URL), then the early board goes, and focus comes back to the
// same control with its caret, or to the same job's link. Both boards are the same markup,
// so the swap itself changes no pixel.
function handOver(root) {
  var early = this;
  var board = root.querySelector(".tt-board:not([data-tt-first-rows])");
  var active = early.getRootNode().activeElement;
  var focus = active && early.contains(active) ? active : null;
  var row = focus && focus.closest("[data-job-id]");
  early.querySelectorAll("input[id], select[id]").forEach(function (control) {
    var twin = board && board.querySelector("#" + control.id);
    if (twin && twin.value !== control.value) {
      twin.value = control.value;
      twin.dispatchEvent(new Event(control.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
    }
  });
  early.remove();
  var target = !board || !focus ? null
    : row ? board.querySelector('[data-job-id="' + CSS.escape(row.getAttribute("data-job-id")) + '"] .tt-job-title')
    : focus.id ? board.querySelector("#" + focus.id) : null;
  if (target) {
    // Where the reader was is where they stay: focus must not scroll the control into view.
    target.focus({ preventScroll: true });
    var caret = function () {
      target.setSelectionRange(focus.selectionStart, focus.selectionEnd, focus.selectionDirection);
    };
    // Again once the widget has followed the new value, which puts the caret at its end.
    if (target.setSelectionRange && focus.selectionStart !== null) {
      caret();
      requestAnimationFrame(caret);
    }
  }
}

// Draws `rows` (at most `limit`) into `container`, before anything else in it.
function drawFirstRows(container, rows, routeParam, limit) {
  var template = document.createElement("template");
  template.innerHTML = FIRST_ROWS_TEMPLATE;
  var board = template.content.querySelector(".tt-board");
  board.setAttribute("aria-busy", "true");
  var visible = visibleFacets(rows);
  board.querySelectorAll(".tt-facet").forEach(function (facet) {
    var id = facet.querySelector("select").id;
    if (!visible[id.slice(id.lastIndexOf("facet-") + 6)]) facet.remove();
  });
  // Stand-ins for the wasm's controls, which no one can reach or read (board.css hides them).
  board.querySelector(".tt-controls").setAttribute("aria-hidden", "true");
  board.querySelectorAll("[id], [for]").forEach(function (node) {
    node.removeAttribute("id");
    node.removeAttribute("for");
  });
  board.querySelectorAll("input, select").forEach(function (control) {
    control.disabled = true;
    control.tabIndex = -1;
  });
  var more = board.querySelector(".tt-show-more");
  if (more && rows.length <= limit) more.remove();
  var list = board.querySelector(".tt-job-list");
  var rowTemplate = list.querySelector(".tt-job");
  list.textContent = "";
  rows.slice(0, limit).forEach(function (row) {
    var item = rowTemplate.cloneNode(true);
    item.setAttribute("data-job-id", row.id);
    var link = item.querySelector(".tt-job-title");
    link.textContent = row.title;
    link.href = jobHref(routeParam, row.id);
    fillOrRemove(item.querySelector(".tt-job-department"), row.department);
    fillOrRemove(item.querySelector(".tt-job-locations"), row.locations.join(", "));
    // Pay, employment types and remote badges are words: the wasm writes them.
    item.querySelectorAll(".tt-job-pay, .tt-job-type, .tt-job-remote").forEach(function (part) {
      part.remove();
    });
    list.appendChild(item);
  });
  // A row opened before the wasm runs goes through the History API like the board's own
  // links: the wasm reads the route when it starts, or on this popstate when it already has.
  list.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.tt-job-title");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState(null, "", link.href);
    dispatchEvent(new PopStateEvent("popstate", { state: null }));
  });
  board.teamtailorHandOver = handOver;
  container.insertBefore(board, container.firstChild);
}

// Whether the page asks for something else than the plain list: an open job, search text or
// a filter, under this board's parameters (read_route in src/state/route.rs, with
// filter_param_prefix in crates/api/src/config.rs and JobFilters in crates/api/src/filters.rs).
function routeShowsList(routeParam) {
  var params = new URLSearchParams(location.search);
  var stem = routeParam.slice(-3) === "job" && routeParam.slice(-4, -3) === "_" ? routeParam.slice(0, -3) : routeParam + "_";
  var blank = function (name) {
    return !rustTrim(params.get(name) || "");
  };
  var facets = ["department", "location", "role", "remote", "language", "pay"].every(function (facet) {
    return (params.get(stem + facet) || "").split(",").every(function (id) {
      return !rustTrim(id);
    });
  });
  return blank(routeParam) && blank(stem + "q") && facets;
}

// Draws the first rows into `container` when `answer` (the board's first request) arrives,
// unless the wasm shows a screen of its own by then, the route is not the plain list, or the
// board is pre-filtered by data-departments / data-locations.
// `holder` is the element the loader's requests hang on (the script tag, or the full-page
// board). Once the answer is here it also gets `teamtailorRowsPainted`: the wasm waits for it
// before mounting (src/mount.rs), since on a fast network it is ready about when the answer is,
// and its start-up would otherwise hold the rows' first paint back by ~100 ms.
// Returns a promise that settles once the rows have painted (or will not be drawn), or
// nothing when no rows will be drawn at all.
function paintFirstRowsWhenReady(container, answer, data, stylesheetLoaded, holder) {
  if (!answer) return;
  var routeParam = (data.routeParam || "tt_job").trim();
  if ((data.departments || "").trim() || (data.locations || "").trim()) return;
  if (!routeShowsList(routeParam)) return;
  var settle;
  var painted = new Promise(function (resolve) {
    settle = resolve;
  });
  // A wasm that mounted before the answer adopts it only once the rows have painted: its
  // own first render would otherwise run between the rows' drawing and their paint.
  var started = holder.teamtailorFirstRequests || {};
  for (var url in started) {
    if (started[url] === answer) {
      started[url] = answer.then(function (response) {
        return painted.then(function () {
          return response;
        });
      });
    }
  }
  var rows = answer
    .then(function (response) {
      holder.teamtailorRowsPainted = painted;
      // However long parsing or the stylesheet take, the wasm waits at most a second.
      setTimeout(settle, 1000);
      return response.ok ? response.clone().json() : null;
    })
    .then(firstRowsOf);
  Promise.all([rows, stylesheetLoaded]).then(
    function (ready) {
      // The wasm may have mounted first: rows go in before its board, which board.css hides
      // until it retires them, unless it already shows a screen of its own.
      var board = container.querySelector(".tt-board");
      if (!ready[0].length || (board && !board.querySelector(".tt-loading"))) return settle();
      // Rows on screen: the same count as the wasm's first list (PAGE_ROWS in crates/view).
      drawFirstRows(container, ready[0], routeParam, 30);
      // A task queued from an animation frame runs after that frame has painted.
      requestAnimationFrame(function () {
        setTimeout(settle, 0);
      });
    },
    function () {
      settle();
    }
  );
  return painted;
}
