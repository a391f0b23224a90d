// Small process helpers for the database launcher.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type Log = (line: string) => void;

export function onPath(cmd: string): boolean {
  return (
    spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore', env: process.env }).status === 0
  );
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type SystemUser = { name: string; uid: number; gid: number; home: string };

export function systemUser(name: string): SystemUser | null {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [user, , uid, gid, , home] = line.split(':');
      if (user === name && uid && gid && home)
        return { name, uid: Number(uid), gid: Number(gid), home };
    }
  } catch {
    // no passwd file: no such user
  }
  return null;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
