//! Progress lines on stderr, so stdout stays free for what a command prints (the snippet).

/// Prints `message` as one `careers:` line on stderr.
pub fn line(message: &str) {
    eprintln!("careers: {message}");
}
