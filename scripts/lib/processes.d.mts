import type { ChildProcess } from 'node:child_process';

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  readyUrl: string;
  timeoutMs?: number;
  echo?: boolean;
}

export interface RunningServer {
  name: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
  startedInMs: number;
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
