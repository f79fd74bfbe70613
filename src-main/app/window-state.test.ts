import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  MIN_WINDOW_SIZE,
  parseWindowState,
  readWindowState,
  windowStateFile,
  writeWindowState,
  type Rect,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(parseWindowState({ width: 1400, height: 900, x: 10, y: 20, maximized: true })).toEqual({
      width: 1400,
      height: 900,
      x: 10,
      y: 20,
      maximized: true,
    });
    expect(parseWindowState({ width: -5, height: '900', x: 1.5, y: 3, maximized: 'yes' })).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState({ width: 1000, height: 700, x: 10 })).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('survives anything that is not an object', () => {
    for (const value of [null, 42, 'x', [], undefined]) expect(parseWindowState(value)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToDisplays', () => {
  it('keeps a position that is on a screen, including a second monitor', () => {
    const state = { width: 1200, height: 800, x: 2000, y: 100, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('drops a position left on a monitor that is gone', () => {
    const state = { width: 1200, height: 800, x: 2000, y: 100, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('drops a position whose title bar is above or below every screen', () => {
    expect(fitToDisplays({ width: 1200, height: 800, x: 100, y: -700, maximized: false }, [laptop]).x).toBeUndefined();
    expect(fitToDisplays({ width: 1200, height: 800, x: 100, y: 1035, maximized: false }, [laptop]).x).toBeUndefined();
  });

  it('keeps a window that hangs partly off the edge but can still be grabbed', () => {
    const state = { width: 1200, height: 800, x: -1000, y: 50, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('clamps the size between the minimum and the largest screen', () => {
    expect(fitToDisplays({ width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(fitToDisplays({ width: 200, height: 100, maximized: false }, [laptop])).toEqual({
      ...MIN_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('still works with no display information', () => {
    expect(fitToDisplays({ width: 1200, height: 800, x: 5, y: 5, maximized: false }, [])).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
});

describe('window state file', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-window-state-'));
    dirs.push(dir);
    return dir;
  };

  it('round-trips through the data folder, creating it if needed', () => {
    const file = windowStateFile(path.join(tempDir(), 'nested'));
    const state = { width: 1300, height: 850, x: 40, y: 30, maximized: false };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']); // no temp file left behind
  });

  it('falls back to defaults for a missing or corrupt file', () => {
    const dir = tempDir();
    expect(readWindowState(windowStateFile(dir))).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(windowStateFile(dir), '{ "width": 1300, ');
    expect(readWindowState(windowStateFile(dir))).toEqual(DEFAULT_WINDOW_STATE);
  });
});
