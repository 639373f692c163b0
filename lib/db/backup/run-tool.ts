// Runs PostgreSQL client tools as child processes: arguments without secrets (the connection is
// in the environment), stderr kept for the error message, and an AbortSignal that ends them.
import { spawn, type ChildProcess } from 'node:child_process';
import { BackupError } from './backup-error';
import type { PostgresTool } from './postgres-tools';

export type ToolRun = { child: ChildProcess; finished: Promise<void> };

export function startTool(
  tool: PostgresTool,
  args: string[],
  options: { environment: NodeJS.ProcessEnv; signal?: AbortSignal; stdio?: ('ignore' | 'pipe')[] },
): ToolRun {
  const child = spawn(tool.path, args, {
    env: options.environment,
    signal: options.signal,
    stdio: options.stdio ?? ['ignore', 'ignore', 'pipe'],
  });
  let errorOutput = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errorOutput += chunk));
  const finished = new Promise<void>((resolve, reject) => {
    child.once('error', (error) =>
      reject(
        options.signal?.aborted
          ? new BackupError(`${tool.name} was interrupted.`)
          : new BackupError(`${tool.name} could not be started: ${error.message}`),
      ),
    );
    child.once('close', (code, signal) => {
      if (code === 0) {
        if (errorOutput.trim()) console.warn(errorOutput.trimEnd());
        return resolve();
      }
      const status = signal ? `signal ${signal}` : `exit code ${code}`;
      reject(new BackupError(`${tool.name} failed (${status}):\n${errorOutput.trimEnd()}`));
    });
  });
  return { child, finished };
}

export function runTool(
  tool: PostgresTool,
  args: string[],
  options: { environment: NodeJS.ProcessEnv; signal?: AbortSignal },
) {
  return startTool(tool, args, options).finished;
}
