// The board's first API requests, started the moment the page names the board, so they
// travel while the widget's module and wasm download. The wasm adopts each answer whose URL
// is exactly the one it would ask for (see src/prefetch.rs); any other it fetches itself, so
// a mismatch costs a request, never a wrong answer. The URLs mirror WidgetConfig::jobs_request
// and job_request in crates/api/src/query.rs; tests/e2e/first-request-is-adopted.spec.ts
// fails when they drift. Header auth is left to the wasm: it costs a preflight either way.
// Returns the pending answer that holds a Teamtailor list (page 1 or the snapshot), or null
// when there is none to draw rows from.
function startFirstRequests(element, assetBase) {
  if (!element || !window.fetch) return null;
  var data = element.dataset;
  var started = (element.teamtailorFirstRequests = {});
  var begin = function (url) {
    return (started[url] = fetch(url));
  };
  // The board's UI text, when not English: the wasm compiles in English only and reads
  // the others from the text pack next to it (src/i18n/text_packs.rs).
  var language = boardLanguage(data.language);
  if (language !== "en") begin(new URL("i18n/" + language + ".json", assetBase).href);
  var list = null;
  var source = (data.source || "").trim();
  var provider = (data.provider || "teamtailor").trim().toLowerCase();
  var allowedBase = /^(https:\/\/[^\/?#@]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?)(\/[^?#]*)?$/;
  if (source) {
    // The URL the wasm resolves a source path to (src/mount.rs read_config).
    try {
      list = begin(new URL(source, document.baseURI).href);
    } catch (error) {
      return null;
    }
  } else if (provider !== "teamtailor") {
    // A company feed (FeedSource in crates/api/src/providers/feed_source.rs): the list's first
    // request only. Its answer is not a Teamtailor page, so no rows are drawn from it.
    var company = (data.company || "").trim();
    var feedBase = (data.apiBase || "").trim().replace(/\/+$/, "");
    if (feedBase && !allowedBase.test(feedBase)) return null;
    if (provider === "recruitee" && /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(company)) {
      company = company.toLowerCase();
      begin(feedBase ? feedBase + "/" + company + "/api/offers/" : "https://" + company + ".recruitee.com/api/offers/");
    } else if (provider === "smartrecruiters" && /^[\w-]{1,100}$/.test(company)) {
      begin((feedBase || "https://api.smartrecruiters.com") + "/v1/companies/" + company + "/postings?limit=100&offset=0");
    } else {
      return null;
    }
  } else {
    var key = (data.apiKey || "").trim();
    var auth = (data.auth || "query").trim();
    var base = (data.apiBase || "https://api.teamtailor.com").trim().replace(/\/+$/, "");
    if (!key || key === "YOUR_PUBLIC_READ_KEY" || auth !== "query" || !allowedBase.test(base)) {
      return null;
    }
    var version = (data.apiVersion || "20240904").trim();
    if (!/^\d{8}$/.test(version)) return null;
    var include = "include=" + encodeComponent(version === "20161108" ? "department,location,role" : "department,locations,role");
    var credentials = "api_key=" + encodeComponent(key) + "&api_version=" + encodeComponent(version);
    list = begin(base + "/v1/jobs?" + include + "&page%5Bsize%5D=30&page%5Bnumber%5D=1&" + credentials);
    var job = linkedJob(element);
    if (job) {
      begin(base + "/v1/jobs/" + encodeComponent(job) + "?" + include + "&" + credentials);
    }
  }
  return list;
}

// `value` percent-encoded as a URL component, as encode_component in
// crates/api/src/url_encode.rs: everything but A–Z a–z 0–9 - . _ ~.
function encodeComponent(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, function (c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}

// The job id the page's URL opens for this board (its route parameter), or null for none.
function linkedJob(element) {
  var job = new URLSearchParams(location.search).get((element.dataset.routeParam || "tt_job").trim());
  return job && job.trim() ? job : null;
}

// A link straight to a job shows that job's page first, and the job pages are a wasm chunk
// of their own (scripts/split-wasm.sh): on such a link it downloads now, beside the wasm,
// rather than once the wasm runs and asks for it. `chunk` is its file name, relative to
// `assetBase` ("" when the build has no chunks).
function preloadJobPages(element, assetBase, chunk) {
  if (!element || !chunk || !linkedJob(element)) return;
  var link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  // As the chunk loader's fetch asks (CORS, no credentials to another origin), so the
  // browser hands it this download.
  link.crossOrigin = "anonymous";
  link.href = new URL(chunk, assetBase).href;
  document.head.appendChild(link);
}

// The full-page board's index.html preloads its first request, so it travels before this
// script arrives. A preload of any other URL (a key put in one place only) is a request
// wasted on every visit, and the page still waits for this script's: say so.
function warnOfUnusedPreloads(element) {
  var asked = (element && element.teamtailorFirstRequests) || {};
  var links = document.querySelectorAll('link[rel="preload"][as="fetch"]');
  for (var i = 0; i < links.length; i++) {
    var href = links[i].href;
    if (/\/v1\/jobs\?/.test(href) && !Object.prototype.hasOwnProperty.call(asked, href)) {
      console.warn(
        "[teamtailor] index.html preloads " + href + ", which the board does not ask for: give" +
          " that link the board's data-api-key and data-api-base, or remove it (README, Quick start)"
      );
    }
  }
}

// The language the board will speak, as Language::from_tag and detect_language in the wasm:
// data-language, else <html lang>, else the browser's; the primary subtag decides.
function boardLanguage(configured) {
  var tags = [configured, document.documentElement.getAttribute("lang"), navigator.language];
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i] || "").trim().split(/[-_]/)[0].trim().toLowerCase();
    if (/^(no|nn)$/.test(primary)) return "nb";
    if (/^(en|sv|de|fr|nb|da|fi|nl|es|it|pl|pt)$/.test(primary)) return primary;
  }
  return "en";
}
