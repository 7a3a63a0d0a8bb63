// Waits until the machine's CPUs are idle, for the bench: each measured page
// load starts on a quiet machine, as an office PC opening the dashboard in a
// browser window that is already open.
//
// Why: every Playwright context opens a new headless window, and Chromium 15x
// builds that window's omnibox popup as WebUI pages (chrome://omnibox-popup.top-chrome,
// a renderer of its own) on creation: ≈ 2 s of one core's time on this 2-vCPU
// machine, overlapping the page's load and its data workers. It made a
// prefecture's data stage look ≈ 0.6 s slower (1.9 s vs 1.25 s in alternating
// runs, stop 34). Disabling the features instead (--disable-features=WebUIOmniboxPopup,
// WebUIOmniboxAimPopup) would replace Playwright's own --disable-features list:
// Chromium keeps only the last value of a switch given twice.
import { readFileSync } from 'node:fs';

interface CpuTimes {
  idle: number;
  total: number;
}

function cpuTimes(): CpuTimes {
  // First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal …" (jiffies).
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { idle, total: fields.reduce((sum, value) => sum + value, 0) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the CPUs were at least `idleShare` idle over `windowMs`, or
 * after `maxMs` (a machine busy with something else: measure anyway). Returns
 * the time waited. Not on Linux (no /proc/stat): resolves at once.
 */
export async function waitForQuietMachine({ idleShare = 0.85, windowMs = 300, maxMs = 8000 } = {}): Promise<number> {
  const started = Date.now();
  let before: CpuTimes;
  try {
    before = cpuTimes();
  } catch {
    return 0;
  }
  while (Date.now() - started < maxMs) {
    await sleep(windowMs);
    const after = cpuTimes();
    const total = after.total - before.total;
    if (total > 0 && (after.idle - before.idle) / total >= idleShare) break;
    before = after;
  }
  return Date.now() - started;
}
