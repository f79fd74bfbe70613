import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Size and place of the main window between runs; x/y absent means "let the OS centre it". */
export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** How much of the title bar must lie on a screen for the window to count as reachable. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_WIDTH = 96;
const MIN_VISIBLE_HEIGHT = 16;

export const windowStateFile = (dataDir: string): string => path.join(dataDir, 'window-state.json');

const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e6;
const isSize = (value: unknown): value is number => isCoordinate(value) && value > 0;

/** Accepts whatever the file holds and keeps only the fields that make sense; never throws. */
export function parseWindowState(value: unknown): WindowState {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_WINDOW_STATE };
  const raw = value as Record<string, unknown>;
  const state: WindowState = {
    width: isSize(raw.width) ? raw.width : DEFAULT_WINDOW_STATE.width,
    height: isSize(raw.height) ? raw.height : DEFAULT_WINDOW_STATE.height,
    maximized: raw.maximized === true,
  };
  if (isCoordinate(raw.x) && isCoordinate(raw.y)) {
    state.x = raw.x;
    state.y = raw.y;
  }
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Makes a saved state safe for the screens attached now: the size is kept between the minimum and the
 * largest work area, and a position whose title bar is not on any screen (a monitor was unplugged,
 * the resolution changed) is dropped so the window opens centred instead of invisible.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const known = workAreas.length > 0; // no display information: keep the size, drop the position
  const maxWidth = known ? Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((a) => a.width)) : Infinity;
  const maxHeight = known ? Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((a) => a.height)) : Infinity;
  const fitted: WindowState = {
    width: Math.min(Math.max(state.width, MIN_WINDOW_SIZE.width), maxWidth),
    height: Math.min(Math.max(state.height, MIN_WINDOW_SIZE.height), maxHeight),
    maximized: state.maximized,
  };
  if (state.x === undefined || state.y === undefined) return fitted;

  const titleBar: Rect = { x: state.x, y: state.y, width: fitted.width, height: TITLE_BAR_HEIGHT };
  const reachable = workAreas.some((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= MIN_VISIBLE_WIDTH && seen.height >= MIN_VISIBLE_HEIGHT;
  });
  return reachable ? { ...fitted, x: state.x, y: state.y } : fitted;
}

export function readWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE }; // first run, or a file we cannot read: defaults are fine
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a JSON file. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
    fs.renameSync(temporary, file);
  } catch (error) {
    console.warn(`Could not save the window state to ${file}: ${(error as Error).message}`);
  }
}
