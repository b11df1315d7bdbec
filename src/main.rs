//! Entry point of the full-page board: all logic lives in the library.

fn main() {
    careers_widget::mount_board();
}
