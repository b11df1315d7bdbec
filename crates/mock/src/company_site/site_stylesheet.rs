//! The company site's stylesheet, served from its own origin so even the strict-CSP page (which
//! allows no inline style) looks like a real company site.

use axum::http::header;
use axum::response::IntoResponse;

/// Where every page links the stylesheet from.
pub const STYLESHEET_PATH: &str = "/assets/northwind.css";

const STYLESHEET: &str = r#":root {
  --nw-navy: #0f2a4a;
  --nw-navy-soft: #1d3f66;
  --nw-amber: #f5b841;
  --nw-sky: #7fb2e5;
  --nw-paper: #f6f4ef;
  --nw-ink: #1b2430;
  --nw-muted: #5b6675;
  --nw-line: #e2ded3;
}
* { box-sizing: border-box; }
html, body { margin: 0; }
body {
  font: 17px/1.6 "Inter", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--nw-ink);
  background: #fff;
}
a { color: var(--nw-navy-soft); }
.wrap { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
.skip-link { position: absolute; left: -9999px; top: 8px; background: #fff; padding: 8px 12px; }
.skip-link:focus { left: 8px; z-index: 10; }

.site-header { background: var(--nw-navy); color: #fff; }
.header-row { display: flex; align-items: center; justify-content: space-between; min-height: 68px; gap: 16px; }
.brand { display: inline-flex; align-items: center; gap: 10px; color: #fff; text-decoration: none; font-weight: 700; font-size: 20px; letter-spacing: 0.02em; }
.brand-mark { display: block; }
.main-nav { list-style: none; display: flex; gap: 8px; margin: 0; padding: 0; }
.main-nav a { color: #dbe6f3; text-decoration: none; padding: 8px 12px; border-radius: 6px; font-weight: 500; }
.main-nav a:hover, .main-nav a:focus-visible { color: #fff; background: var(--nw-navy-soft); }
.main-nav .nav-cta { background: var(--nw-amber); color: var(--nw-navy); font-weight: 700; }
.main-nav .nav-cta:hover { background: #ffd276; color: var(--nw-navy); }

.demo-bar { background: #eaf1f9; border-bottom: 1px solid #d3e0ee; font-size: 14px; }
.demo-bar .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; padding-top: 8px; padding-bottom: 8px; }
.demo-label { font-weight: 700; color: var(--nw-navy); text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; }
.demo-bar ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; }
.demo-bar a { display: inline-block; padding: 2px 10px; border-radius: 999px; text-decoration: none; color: var(--nw-navy-soft); }
.demo-bar a:hover { background: #d3e0ee; }
.demo-bar a[aria-current="page"] { background: var(--nw-navy); color: #fff; }

.hero { background: linear-gradient(135deg, var(--nw-navy) 0%, #234e7d 60%, #3b6fa3 100%); color: #fff; padding: 72px 0 80px; }
.hero h1 { font-size: 46px; line-height: 1.15; margin: 0 0 16px; max-width: 15em; }
.hero p { font-size: 20px; color: #dbe6f3; max-width: 34em; margin: 0 0 28px; }
.eyebrow { display: inline-block; font-size: 13px; font-weight: 700; letter-spacing: 0.1em; text-transform: uppercase; color: var(--nw-amber); margin-bottom: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 12px; }
.button { display: inline-block; padding: 12px 22px; border-radius: 8px; font-weight: 700; text-decoration: none; }
.button-primary { background: var(--nw-amber); color: var(--nw-navy); }
.button-secondary { border: 2px solid #9fc0e4; color: #fff; }
.page-hero { background: var(--nw-paper); border-bottom: 1px solid var(--nw-line); padding: 40px 0 32px; }
.page-hero h1 { margin: 0 0 8px; font-size: 36px; color: var(--nw-navy); }
.page-hero p { margin: 0; color: var(--nw-muted); max-width: 46em; }

.section { padding: 64px 0; }
.section-muted { background: var(--nw-paper); }
.section h2 { font-size: 30px; color: var(--nw-navy); margin: 0 0 12px; }
.lead { font-size: 19px; color: var(--nw-muted); max-width: 44em; margin: 0 0 32px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 20px; }
.card { background: #fff; border: 1px solid var(--nw-line); border-radius: 12px; padding: 24px; }
.card h3 { margin: 0 0 8px; color: var(--nw-navy); font-size: 19px; }
.card p { margin: 0; color: var(--nw-muted); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 20px; margin: 32px 0 0; padding: 0; list-style: none; }
.stats li { border-left: 4px solid var(--nw-amber); padding-left: 16px; color: var(--nw-muted); }
.stats strong { display: block; font-size: 32px; color: var(--nw-navy); }

/* The board inherits its theme from these custom properties (see the embed contract). */
.careers-panel {
  --tt-accent: #1d5fa8;
  --tt-font: "Inter", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --tt-radius: 10px;
  background: #fff;
  border: 1px solid var(--nw-line);
  border-radius: 16px;
  padding: 24px;
  box-shadow: 0 8px 30px rgba(15, 42, 74, 0.08);
}
.careers-panel + .careers-panel { margin-top: 40px; }
.careers-panel h2 { margin-top: 0; }
.note { font-size: 15px; color: var(--nw-muted); background: #fff8e6; border: 1px solid #f1dba3; border-radius: 8px; padding: 12px 16px; margin: 0 0 24px; }
.note code { background: rgba(15, 42, 74, 0.07); padding: 1px 5px; border-radius: 4px; }

.site-footer { background: var(--nw-navy); color: #c5d3e4; padding: 48px 0 24px; font-size: 15px; }
.footer-grid { display: grid; grid-template-columns: 2fr 1fr 1fr; gap: 32px; }
.footer-grid ul { list-style: none; margin: 8px 0 0; padding: 0; }
.footer-grid a { color: #fff; }
.footer-brand { display: block; font-size: 20px; font-weight: 700; color: #fff; margin-bottom: 8px; }
.footer-text { display: block; max-width: 28em; }
.footer-heading { display: block; font-weight: 700; color: #fff; text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; }
.footer-fineprint { margin-top: 32px; padding-top: 16px; border-top: 1px solid var(--nw-navy-soft); font-size: 13px; color: #93a8c0; }

@media (max-width: 720px) {
  .hero { padding: 48px 0 56px; }
  .hero h1 { font-size: 34px; }
  .main-nav li:not(:last-child) { display: none; }
  .footer-grid { grid-template-columns: 1fr; }
}
"#;

/// `GET /assets/northwind.css`.
pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        STYLESHEET,
    )
}
