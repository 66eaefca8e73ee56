import { describe, expect, it, vi } from 'vitest';
import { ariaShortcuts, findShortcut, handleShortcutKey, helpRows } from '../../src/player/shortcuts';
import type { PlayerCommands } from '../../src/player/engine/PlayerEngine';

const commands = () => ({
  toggle: vi.fn(), skip: vi.fn(), seek: vi.fn(), stepRate: vi.fn(), goToTurn: vi.fn(), stepZoom: vi.fn(),
}) as unknown as PlayerCommands & Record<string, ReturnType<typeof vi.fn>>;

const press = (key: string, extra: Partial<{ shiftKey: boolean; ctrlKey: boolean; target: HTMLElement }> = {}, ready = true) => {
  const c = commands();
  const preventDefault = vi.fn();
  handleShortcutKey({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, target: document.createElement('div'), preventDefault, ...extra }, { commands: c, ready, duration: 120 });
  return { c, preventDefault };
};

const slider = () => Object.assign(document.createElement('input'), { type: 'range' });

describe('player shortcuts: one table', () => {
  it.each([
    [' ', 'toggle', []],
    ['k', 'toggle', []],
    ['K', 'toggle', []], // Caps Lock
    ['ArrowLeft', 'skip', [-5]],
    ['ArrowRight', 'skip', [5]],
    ['Home', 'seek', [0]],
    ['End', 'seek', [120]],
    ['[', 'stepRate', [-1]],
    [']', 'stepRate', [1]],
    ['P', 'goToTurn', [-1]],
    ['n', 'goToTurn', [1]],
    ['-', 'stepZoom', [-1]],
    ['+', 'stepZoom', [1]],
    ['=', 'stepZoom', [1]],
  ])('%j runs %s(%j)', (key, command, args) => {
    const { c, preventDefault } = press(key);
    expect(c[command]).toHaveBeenCalledWith(...args);
    expect(preventDefault).toHaveBeenCalled();
  });

  it('Shift + arrows skip 15 s; the slider adds ↑ ↓ PageUp PageDown', () => {
    expect(press('ArrowLeft', { shiftKey: true }).c.skip).toHaveBeenCalledWith(-15);
    expect(press('ArrowUp', { target: slider() }).c.skip).toHaveBeenCalledWith(5);
    expect(press('PageDown', { target: slider() }).c.skip).toHaveBeenCalledWith(-15);
    expect(press('ArrowDown', { target: slider() }).c.skip).toHaveBeenCalledWith(-5);
    expect(press('PageUp', { target: slider() }).c.skip).toHaveBeenCalledWith(15);
    expect(press('ArrowUp').c.skip).not.toHaveBeenCalled();
    expect(press('PageUp').c.skip).not.toHaveBeenCalled(); // the page's own scrolling
  });

  it('works from the player\'s own buttons (where focus is after a click), and leaves a select\'s keys to it', () => {
    expect(press('k', { target: document.createElement('button') }).c.toggle).toHaveBeenCalled();
    expect(press('ArrowRight', { target: document.createElement('button') }).c.skip).toHaveBeenCalledWith(5);
    expect(press('k', { target: document.createElement('select') }).preventDefault).not.toHaveBeenCalled();
  });

  it('leaves keys alone with modifiers, in text fields, and Space on buttons; only speed works before loading', () => {
    expect(press('k', { ctrlKey: true }).preventDefault).not.toHaveBeenCalled();
    expect(press('k', { target: document.createElement('textarea') }).preventDefault).not.toHaveBeenCalled();
    expect(press('k', { target: Object.assign(document.createElement('input'), { type: 'search' }) }).preventDefault).not.toHaveBeenCalled();
    expect(press(' ', { target: document.createElement('button') }).preventDefault).not.toHaveBeenCalled();
    expect(press('k', {}, false).c.toggle).not.toHaveBeenCalled();
    expect(press(']', {}, false).c.stepRate).toHaveBeenCalledWith(1);
  });

  it('aria-keyshortcuts and the help list come from the same rows', () => {
    expect(ariaShortcuts(['playPause'])).toBe('Space K');
    expect(ariaShortcuts(['skip', 'skipLong', 'startEnd'])).toBe('ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End');
    expect(ariaShortcuts(['zoom'], '+')).toBe('+');
    expect(ariaShortcuts(['zoom'])).toBe('- +'); // "=" is "+" unshifted: one key for a screen reader
    expect(ariaShortcuts(['sliderStep', 'sliderPage'])).toBe('ArrowDown ArrowUp PageDown PageUp');
    expect(ariaShortcuts(['turns'], 'p')).toBe('P');
    expect(helpRows(false).map((row) => row.label)).toEqual([
      'shortcutPlayPause', 'shortcutSkip', 'shortcutSkipLong', 'shortcutStartEnd', 'shortcutSpeed', 'shortcutTurns', 'shortcutZoom',
    ]);
    expect(helpRows(true).map((row) => row.label).at(-1)).toBe('shortcutNotes');
    for (const row of helpRows(true)) for (const chord of row.help) expect(chord.length).toBeGreaterThan(0);
    expect(findShortcut({ key: 'x', shiftKey: false }, false)).toBeUndefined();
  });

  it('I, O and C reach the notes only where the host takes notes', () => {
    const notes = { markIn: vi.fn(), markOut: vi.fn(), annotate: vi.fn() };
    const target = document.createElement('div');
    const calls = () => [notes.markIn, notes.markOut, notes.annotate].map((f) => f.mock.calls.length);
    const expected = [[1, 0, 0], [1, 1, 0], [1, 1, 1]];
    ['i', 'O', 'c'].forEach((key, n) => {
      handleShortcutKey({ key, shiftKey: key === 'O', altKey: false, ctrlKey: false, metaKey: false, target, preventDefault: () => undefined }, { commands: commands(), ready: true, duration: 60, notes });
      expect(calls()).toEqual(expected[n]);
    });
    // Without notes the page keeps its own I, O and C.
    expect(press('i').preventDefault).not.toHaveBeenCalled();
    expect(findShortcut({ key: 'c', shiftKey: false }, false)).toBeUndefined();
    expect(findShortcut({ key: 'c', shiftKey: false }, false, true)?.label).toBe('shortcutNotes');
  });
});
