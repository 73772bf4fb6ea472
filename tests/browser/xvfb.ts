import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A private X display for the few tests that must answer the browser's own dialogs (the host
 * permission prompt), which exist only in a headed browser; xdotool presses the keys a person would.
 */
export interface Display {
  name: string;
  keys(...keys: string[]): void;
  stop(): void;
}

export async function startDisplay(): Promise<Display> {
  for (const tool of ['/usr/bin/Xvfb', '/usr/bin/xdotool']) {
    if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install -y xvfb xdotool`);
  }
  const name = `:${90 + Math.floor(Math.random() * 400)}`;
  const server: ChildProcess = spawn('/usr/bin/Xvfb', [name, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const env = { ...process.env, DISPLAY: name };
  for (let i = 0; i < 50; i++) {
    try {
      execFileSync('/usr/bin/xdotool', ['getdisplaygeometry'], { env, stdio: 'ignore' });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    name,
    keys: (...keys) => execFileSync('/usr/bin/xdotool', ['key', '--delay', '150', ...keys], { env }),
    stop: () => server.kill(),
  };
}
