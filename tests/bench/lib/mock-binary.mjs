// Where the release mock binary is: MOCK_BIN, else Cargo's target dir (CARGO_TARGET_DIR when a
// worktree shares one) as `make mock-build` leaves it.
import path from 'node:path';

export const MOCK_BIN = process.env.MOCK_BIN
  ?? path.join(process.env.CARGO_TARGET_DIR ?? 'target', 'release', 'teamtailor-mock');
