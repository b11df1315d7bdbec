//! Builds with the `split` feature link the wasm with its relocations kept: wasm-split-cli
//! (scripts/split-wasm.sh) reads them to cut the wasm into chunks. Only the final link
//! changes, so the dependencies' build cache is shared with every other build.

fn main() {
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
