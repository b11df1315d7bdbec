//! Writing the site into a staging folder next to `--out` and swapping it into place, so a
//! failed run leaves the previous site whole and a removed job leaves no page behind.

use std::fs;
use std::path::{Path, PathBuf};

use crate::failure::Failure;

/// The file whose presence marks a folder as one this tool wrote and may replace.
pub const MARKER_FILE: &str = "jobs.json";

/// A folder being written; removed on drop unless [`StagingFolder::commit`] moved it.
pub struct StagingFolder {
    path: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl StagingFolder {
    /// A fresh, empty staging folder beside `target` (same filesystem, so rename works).
    pub fn next_to(target: &Path) -> Result<Self, Failure> {
        refuse_foreign_folder(target)?;
        let path = sibling(target, "tmp");
        if path.exists() {
            fs::remove_dir_all(&path).map_err(|error| Failure::io(&path, error))?;
        }
        fs::create_dir_all(&path).map_err(|error| Failure::io(&path, error))?;
        Ok(Self {
            path,
            target: target.to_owned(),
            committed: false,
        })
    }

    /// Writes `contents` at `relative` (slash-separated), creating folders as needed.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> Result<(), Failure> {
        let path = self.path.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|error| Failure::io(parent, error))?;
        }
        fs::write(&path, contents).map_err(|error| Failure::io(&path, error))
    }

    /// Copies every file under `from` except `skip` (top-level names) into the folder.
    pub fn copy_tree(&self, from: &Path, skip: &[&str]) -> Result<usize, Failure> {
        copy_dir(from, &self.path, skip)
    }

    /// Replaces `target` with the staged folder.
    pub fn commit(mut self) -> Result<(), Failure> {
        let old = sibling(&self.target, "old");
        let had_target = self.target.exists();
        if had_target {
            if old.exists() {
                fs::remove_dir_all(&old).map_err(|error| Failure::io(&old, error))?;
            }
            fs::rename(&self.target, &old).map_err(|error| Failure::io(&self.target, error))?;
        }
        if let Err(error) = fs::rename(&self.path, &self.target) {
            // Put the previous site back rather than leave no site at all.
            if had_target {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(Failure::io(&self.target, error));
        }
        self.committed = true;
        if had_target {
            fs::remove_dir_all(&old).map_err(|error| Failure::io(&old, error))?;
        }
        Ok(())
    }
}

impl Drop for StagingFolder {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

/// `--out ~` by mistake must not replace a home folder: only empty folders and earlier
/// snapshots are replaced.
fn refuse_foreign_folder(target: &Path) -> Result<(), Failure> {
    let Ok(mut entries) = fs::read_dir(target) else {
        return match target.exists() {
            true => Err(Failure::usage(format!(
                "--out {} exists and is not a folder",
                target.display()
            ))),
            false => Ok(()),
        };
    };
    if entries.next().is_none() || target.join(MARKER_FILE).is_file() {
        Ok(())
    } else {
        Err(Failure::usage(format!(
            "--out {} is a folder this tool did not write (it has no {MARKER_FILE}); \
             choose an empty or new folder",
            target.display()
        )))
    }
}

fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "site".into(), |name| name.to_string_lossy().into_owned());
    let parent = target
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    parent.join(format!(".{name}.{suffix}-{}", std::process::id()))
}

fn copy_dir(from: &Path, to: &Path, skip: &[&str]) -> Result<usize, Failure> {
    let mut copied = 0;
    let entries = fs::read_dir(from).map_err(|error| Failure::io(from, error))?;
    for entry in entries {
        let entry = entry.map_err(|error| Failure::io(from, error))?;
        let name = entry.file_name();
        if skip.iter().any(|skipped| name == *skipped) {
            continue;
        }
        let source = entry.path();
        let destination = to.join(&name);
        if source.is_dir() {
            fs::create_dir_all(&destination).map_err(|error| Failure::io(&destination, error))?;
            copied += copy_dir(&source, &destination, &[])?;
        } else {
            fs::copy(&source, &destination).map_err(|error| Failure::io(&source, error))?;
            copied += 1;
        }
    }
    Ok(copied)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("careers-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("scratch folder");
        dir
    }

    #[test]
    fn a_committed_folder_replaces_the_old_site_whole() {
        let root = scratch("commit");
        let target = root.join("site");
        fs::create_dir_all(target.join("jobs/1-old")).unwrap();
        fs::write(target.join(MARKER_FILE), "{}").unwrap();
        let staging = StagingFolder::next_to(&target).unwrap();
        staging.write("jobs.json", "new").unwrap();
        staging.write("jobs/2-new/index.html", "page").unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read_to_string(target.join("jobs.json")).unwrap(), "new");
        assert!(target.join("jobs/2-new/index.html").is_file());
        assert!(
            !target.join("jobs/1-old").exists(),
            "a removed job leaves no page"
        );
        assert_eq!(
            fs::read_dir(&root).unwrap().count(),
            1,
            "no staging leftovers"
        );
    }

    #[test]
    fn an_abandoned_run_leaves_the_old_site_and_no_staging_folder() {
        let root = scratch("abandon");
        let target = root.join("site");
        fs::create_dir_all(&target).unwrap();
        fs::write(target.join(MARKER_FILE), "old").unwrap();
        let staging = StagingFolder::next_to(&target).unwrap();
        staging.write("jobs.json", "half").unwrap();
        drop(staging);
        assert_eq!(fs::read_to_string(target.join("jobs.json")).unwrap(), "old");
        assert_eq!(fs::read_dir(&root).unwrap().count(), 1);
    }

    #[test]
    fn a_folder_this_tool_did_not_write_is_never_replaced() {
        let root = scratch("foreign");
        fs::write(root.join("notes.txt"), "mine").unwrap();
        let refused = StagingFolder::next_to(&root).err().expect("refused");
        assert!(refused.to_string().contains("did not write"), "{refused}");
    }
}
