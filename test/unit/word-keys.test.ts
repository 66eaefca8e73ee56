import { describe, expect, it } from 'vitest';
import { caretSpan, stepCaret, WORD_KEY_SHORTCUTS, wordKeyAction, type WordCaret } from '../../src/call-detail/notes/wordKeys';

const press = (key: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
  wordKeyAction({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('wordKeyAction', () => {
  it.each([
    { key: 'ArrowRight', mods: {}, expected: { action: 'move', direction: 1 } },
    { key: 'ArrowLeft', mods: {}, expected: { action: 'move', direction: -1 } },
    { key: 'ArrowRight', mods: { shiftKey: true }, expected: { action: 'extend', direction: 1 } },
    { key: 'ArrowLeft', mods: { shiftKey: true }, expected: { action: 'extend', direction: -1 } },
    { key: 'c', mods: {}, expected: { action: 'note' } },
    // Caps Lock on: the same key.
    { key: 'C', mods: {}, expected: { action: 'note' } },
    { key: 'Escape', mods: {}, expected: { action: 'clear' } },
    { key: 'C', mods: { shiftKey: true }, expected: null },
    { key: 'c', mods: { ctrlKey: true }, expected: null },
    { key: 'ArrowRight', mods: { altKey: true }, expected: null },
    { key: 'ArrowLeft', mods: { metaKey: true, shiftKey: true }, expected: null },
    { key: 'ArrowDown', mods: {}, expected: null },
    { key: 'Enter', mods: {}, expected: null },
  ])('$key with $mods', ({ key, mods, expected }) => {
    expect(press(key, mods)).toEqual(expected);
  });

  it('names every key it answers to in aria-keyshortcuts', () => {
    expect(WORD_KEY_SHORTCUTS).toBe('ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight C Escape');
  });
});

describe('stepCaret', () => {
  const at = (anchor: number, focus: number, turnIndex = 4): WordCaret => ({ turnIndex, anchor, focus });
  it.each([
    { name: '→ from nothing: the first word', caret: null, direction: 1, extend: false, expected: at(0, 0) },
    { name: '← from nothing: the last word', caret: null, direction: -1, extend: false, expected: at(5, 5) },
    { name: 'Shift+→ from nothing starts too', caret: null, direction: 1, extend: true, expected: at(0, 0) },
    { name: 'a pick in another turn starts over', caret: at(2, 3, 9), direction: 1, extend: false, expected: at(0, 0) },
    { name: '→ moves on one word', caret: at(1, 1), direction: 1, extend: false, expected: at(2, 2) },
    { name: '→ collapses a stretched pick onto the next word', caret: at(1, 3), direction: 1, extend: false, expected: at(4, 4) },
    { name: 'Shift+→ stretches', caret: at(1, 1), direction: 1, extend: true, expected: at(1, 2) },
    { name: 'Shift+← shrinks back', caret: at(1, 3), direction: -1, extend: true, expected: at(1, 2) },
    { name: 'Shift+← past the anchor reaches the other way', caret: at(1, 1), direction: -1, extend: true, expected: at(1, 0) },
    { name: 'not past the last word', caret: at(5, 5), direction: 1, extend: false, expected: at(5, 5) },
    { name: 'not before the first', caret: at(3, 0), direction: -1, extend: true, expected: at(3, 0) },
  ] as const)('$name', ({ caret, direction, extend, expected }) => {
    expect(stepCaret(caret, 4, 6, direction, extend)).toEqual(expected);
  });

  it('has nothing to pick in a turn without word timings', () => {
    expect(stepCaret(null, 4, 0, 1, false)).toBeNull();
  });

  it('gives the first and last word either way round', () => {
    expect(caretSpan(at(3, 1))).toEqual([1, 3]);
    expect(caretSpan(at(1, 3))).toEqual([1, 3]);
  });
});
