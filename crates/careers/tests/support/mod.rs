//! The mock API on a free port, and the `careers` binary run against it.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

pub mod page;

use std::path::{Path, PathBuf};
use std::process::Output;

use teamtailor_mock::{BoundServers, MockConfig};
use tokio::sync::oneshot;

/// A running mock; stops when dropped.
pub struct Mock {
    pub base: String,
    _stop: oneshot::Sender<()>,
}

/// Starts the demo mock on 127.0.0.1 with a free port.
pub async fn start_mock() -> Mock {
    let servers = BoundServers::bind("127.0.0.1", 0, None)
        .await
        .expect("bind the mock");
    let base = format!("http://{}", servers.main_address());
    let (stop, stopped) = oneshot::channel::<()>();
    let config = MockConfig {
        dist: "/nonexistent/careers-test-dist".into(),
        ..MockConfig::default()
    };
    tokio::spawn(servers.serve(config, async {
        let _ = stopped.await;
    }));
    Mock { base, _stop: stop }
}

/// Runs `careers` with `args` and the key in `TEAMTAILOR_API_KEY`.
pub async fn careers(key: &str, args: &[&str]) -> Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_careers"))
        .args(args)
        .env("TEAMTAILOR_API_KEY", key)
        .output()
        .await
        .expect("run careers")
}

/// stdout and stderr as text, for assertion messages.
pub fn printed(output: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A fresh, empty scratch folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("careers-it-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// A path as the `&str` an argument list needs.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Jobs written as board-snapshot JSON (`[{"id": …, "title": …}, …]`), read the way the
/// widget reads `jobs.json`.
pub fn jobs_from_json(jobs: serde_json::Value) -> Vec<teamtailor_api::Job> {
    let snapshot = serde_json::json!({"format": "careers-jobs", "version": 1, "jobs": jobs});
    teamtailor_api::BoardSnapshot::from_json(&snapshot.to_string())
        .expect("snapshot jobs")
        .jobs
}

/// Runs `careers` with `args` and, of the variables it reads, only `env`: no Teamtailor key
/// and no Recruitee token unless given, whatever the developer's shell holds.
pub async fn careers_with_env(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_careers"));
    command
        .args(args)
        .env_remove("TEAMTAILOR_API_KEY")
        .env_remove("RECRUITEE_CAREERS_TOKEN");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().await.expect("run careers")
}

/// Every file under `dir`, at any depth.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("read folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

/// The names in `dir`, sorted.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}
