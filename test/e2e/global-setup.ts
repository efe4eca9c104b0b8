// Builds the app once before the end-to-end suite, so Chromium runs the same renderer `npm start` serves.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
