//! The HTML frame shared by career-site pages: self-contained, inline CSS, no external assets.

use crate::html_text::escape_html;

const STYLE: &str = "
*{box-sizing:border-box}
html,body{margin:0}
body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1f;background:#fff}
.site-header{background:#14213d;color:#fff;padding:12px 24px}
.site-header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:720px;margin:0 auto;padding:24px}
.iframe main{padding:16px}
label{display:block;font-weight:600;margin:16px 0 4px}
input[type=text],input[type=email],input[type=tel],textarea{width:100%;padding:10px;border:1px solid #b8b8c0;border-radius:6px;font:inherit}
textarea{height:900px;resize:vertical}
[hidden]{display:none!important}button,.button{display:inline-block;margin-top:20px;padding:10px 18px;border:0;border-radius:6px;background:#fca311;color:#14213d;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button.secondary{background:#e5e5ea}
.consent{font-weight:400}
.meta{color:#5a5a66}
.thanks{padding:32px;border-radius:8px;background:#e8f6ee}
";

/// A complete page; `title` is escaped, `main` is trusted markup written by the mock.
pub fn page(language: &str, title: &str, body_class: &str, main: &str) -> String {
    let header = if body_class == "iframe" {
        String::new()
    } else {
        "<header class=\"site-header\"><a href=\"/\">Northwind careers</a></header>".to_owned()
    };
    format!(
        "<!doctype html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n\
         <body class=\"{body_class}\">\n{header}\n<main>\n{main}\n</main>\n</body>\n</html>\n",
        title = escape_html(title),
    )
}
