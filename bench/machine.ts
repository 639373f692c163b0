// Where and on what a run happened, stored with its results so figures can be compared.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

function git(...args: string[]) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    gitCommit: git('rev-parse', 'HEAD'),
    /** Uncommitted changes to tracked files when the run started. */
    gitDirty: (git('status', '--porcelain', '--untracked-files=no') ?? '') !== '',
  };
}
