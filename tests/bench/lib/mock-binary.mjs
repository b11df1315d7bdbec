// Where the release binaries are: MOCK_BIN / CAREERS_BIN, else Cargo's target dir
// (CARGO_TARGET_DIR when a worktree shares one) as `make mock-build` leaves them.
import path from 'node:path';

const releaseDir = path.join(process.env.CARGO_TARGET_DIR ?? 'target', 'release');

export const MOCK_BIN = process.env.MOCK_BIN ?? path.join(releaseDir, 'teamtailor-mock');
export const CAREERS_BIN = process.env.CAREERS_BIN ?? path.join(releaseDir, 'careers');
