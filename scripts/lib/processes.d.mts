import type { ChildProcess } from 'node:child_process';

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  readyUrl: string;
  readyHeaders?: Record<string, string>;
  /** Default: any status below 500. */
  isReady?: (status: number) => boolean;
  /** Default 100. */
  pollMs?: number;
  timeoutMs?: number;
  echo?: boolean;
}

export interface RunningServer {
  name: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
  /** Spawn to ready, in milliseconds. */
  startedInMs: number;
  exited(): { code: number | null; signal: NodeJS.Signals | null } | null;
}

export function freePort(): Promise<number>;
export function startServer(spec: ServerSpec): Promise<RunningServer>;
export function runToExit(spec: {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
