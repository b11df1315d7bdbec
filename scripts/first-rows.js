// The board's first rows, drawn by the loader from the first answer while the wasm is still on
// its way, so a visitor reads job titles about when a static page would show them. The rows
// are plain text nodes and links to each job's URL, in the board's markup (board.css styles
// them as the wasm's own). The controls the wasm will add are stood in for by inert boxes of
// the same size, so nothing moves when it takes over. The wasm keeps these rows until it can
// show its own screen (BoardHost::retire_first_rows) and hides its board until then
// (board.css: [data-tt-first-rows] ~ .tt-board).
//
// What needs words (the heading, labels, counts, remote and employment badges) waits for the
// wasm, which has the translations: the loader draws only the jobs' own text.

// Teamtailor's career-site order, as sort_like_teamtailor in crates/api/src/model.rs.
function boardOrder(a, b) {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.created !== b.created) {
    if (!a.created) return 1;
    if (!b.created) return -1;
    return a.created < b.created ? 1 : -1;
  }
  var x = Number(a.id), y = Number(b.id);
  if (isFinite(x) && isFinite(y) && x !== y) return y - x;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

var CLOSED_STATUS = /^\s*(archived|closed|expired)\s*$/i;

function text(value) {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

// A JSON:API jobs page (GET /v1/jobs) or a board snapshot (data-source), as rows:
// {id, title, department, locations, pinned, created, facets: [department, location ids,
// role, remote, language]}. Anything unexpected yields no rows, and the wasm draws the list.
function firstRowsOf(doc) {
  var rows = [];
  if (!doc || typeof doc !== "object") return rows;
  if (Array.isArray(doc.jobs)) {
    doc.jobs.forEach(function (job) {
      if (!job || !text(job.id) || job.closed) return;
      var locations = Array.isArray(job.locations) ? job.locations : [];
      rows.push({
        id: text(job.id),
        title: text(job.title),
        department: job.department ? text(job.department.name) : "",
        departmentId: job.department ? text(job.department.id) : "",
        locations: locations.map(function (l) { return text(l && l.name); }),
        locationIds: locations.map(function (l) { return text(l && l.id); }),
        roleId: job.role ? text(job.role.id) : "",
        remote: text(job.remote_status) || "none",
        language: text(job.language_code),
        pinned: job.pinned === true,
        created: text(job.created_at),
      });
    });
  } else if (Array.isArray(doc.data)) {
    var included = {};
    (Array.isArray(doc.included) ? doc.included : []).forEach(function (resource) {
      if (resource && resource.attributes) {
        included[resource.type + "/" + resource.id] = resource.attributes;
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
      if (!text(job && job.id) || CLOSED_STATUS.test(text(a.status)) || CLOSED_STATUS.test(text(a["human-status"]))) {
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
        remote: text(a["remote-status"]) || "none",
        language: text(a["language-code"]),
        pinned: a.pinned === true || a.pinned === "true",
        created: text(a["created-at"]),
      });
    });
  }
  return rows.sort(boardOrder);
}

// How many filters the wasm will show: those with more than one option (ListView).
function visibleFacetCount(rows) {
  var facets = [{}, {}, {}, {}, {}];
  rows.forEach(function (row) {
    var values = [[row.departmentId], row.locationIds, [row.roleId], [row.remote], [row.language]];
    values.forEach(function (list, at) {
      list.forEach(function (value) {
        if (value) facets[at][value] = true;
      });
    });
  });
  return facets.filter(function (options) { return Object.keys(options).length > 1; }).length;
}

function newElement(tag, className, content) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (content) node.textContent = content;
  return node;
}

// A box the size of a labelled control, that no one can focus or read.
function inertControl(className, tag) {
  var box = newElement("div", className);
  box.appendChild(newElement("span", "tt-label", "\u00a0"));
  var control = newElement(tag, tag === "input" ? "tt-input" : "tt-select");
  control.disabled = true;
  control.tabIndex = -1;
  if (tag === "select") control.appendChild(newElement("option", "", "\u00a0"));
  box.appendChild(control);
  return box;
}

// The URL of job `id` on this page: the route parameter set, every other parameter kept
// (route.rs job_href_prefix).
function jobHref(routeParam, id) {
  var url = new URL(location.href);
  url.searchParams.delete(routeParam);
  url.searchParams.append(routeParam, id);
  url.hash = "";
  return url.href;
}

// Draws `rows` (at most `limit`) into `container`, before anything else in it.
function drawFirstRows(container, rows, routeParam, limit) {
  var board = newElement("section", "tt-board");
  board.setAttribute("data-tt-first-rows", "");
  board.setAttribute("aria-busy", "true");
  board.appendChild(newElement("h1", "tt-heading", "\u00a0"));
  var controls = newElement("div", "tt-controls");
  controls.setAttribute("aria-hidden", "true");
  controls.appendChild(inertControl("tt-search", "input"));
  var facets = newElement("div", "tt-facets");
  for (var i = visibleFacetCount(rows); i > 0; i--) facets.appendChild(inertControl("tt-facet", "select"));
  controls.appendChild(facets);
  board.appendChild(controls);
  var bar = newElement("div", "tt-result-bar");
  bar.appendChild(newElement("p", "tt-result-count", "\u00a0"));
  board.appendChild(bar);
  var list = newElement("ul", "tt-job-list");
  rows.slice(0, limit).forEach(function (row) {
    var item = newElement("li", "tt-job");
    item.setAttribute("data-job-id", row.id);
    var link = newElement("a", "tt-job-title", row.title);
    link.href = jobHref(routeParam, row.id);
    item.appendChild(link);
    var meta = newElement("div", "tt-job-meta");
    if (row.department) meta.appendChild(newElement("span", "tt-job-department", row.department));
    var places = row.locations.join(", ");
    if (places) meta.appendChild(newElement("span", "tt-job-locations", places));
    item.appendChild(meta);
    list.appendChild(item);
  });
  board.appendChild(list);
  // A row opened before the wasm runs goes through the History API like the board's own
  // links: the wasm reads the route when it starts, or on this popstate when it already has.
  list.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.tt-job-title");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState(null, "", link.href);
    dispatchEvent(new PopStateEvent("popstate", { state: null }));
  });
  container.insertBefore(board, container.firstChild);
}

// Whether the page asks for something else than the plain list: an open job or filters,
// under this board's parameters (see filter_param_prefix in crates/api/src/config.rs).
function routeShowsList(routeParam) {
  var params = new URLSearchParams(location.search);
  var stem = routeParam.slice(-4) === "_job" ? routeParam.slice(0, -3) : routeParam + "_";
  var list = true;
  params.forEach(function (value, name) {
    if (value.trim() && (name === routeParam || name.indexOf(stem) === 0)) list = false;
  });
  return list;
}

// Draws the first rows into `container` when `answer` (the board's first request) arrives,
// unless the wasm shows a screen of its own by then, the route is not the plain list, or the board is
// pre-filtered by data-departments / data-locations.
// `holder` is the element the loader's requests hang on (the script tag, or the full-page
// board). Once the answer is here it also gets `teamtailorRowsPainted`: the wasm waits for it
// before mounting (src/mount.rs), since on a fast network it is ready about when the answer is,
// and its start-up would otherwise hold the rows' first paint back by ~100 ms.
// Returns a promise that settles once the rows have painted (or will not be drawn), or
// nothing when no rows will be drawn at all.
function paintFirstRowsWhenReady(container, answer, data, stylesheetLoaded, holder) {
  var routeParam = (data.routeParam || "tt_job").trim();
  if (!answer || (data.departments || "").trim() || (data.locations || "").trim()) return;
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
      // The wasm may have mounted first and still be waiting for the same answer: the rows
      // go in before its board, which board.css hides until it retires them.
      var board = container.querySelector(".tt-board");
      if (!ready[0].length || (board && !board.querySelector(".tt-loading"))) return settle();
      // Rows on screen: the same count as the wasm's first list (PAGE_ROWS in src/state.rs).
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
