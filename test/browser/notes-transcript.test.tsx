// Notes and the transcript: words selected in a turn (with the mouse, as a person does, or picked with the
// keys) become a note on those words; the turns and words notes cover are marked, and come back after a reload.
import { cleanup } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, httpAdapter, onPage, render, screen, waitFor, waitForState } from './helpers';

afterEach(() => cleanup());

describe('notes from the transcript', () => {
  it('words selected with the mouse become a note on those words, marked in the transcript after a reload', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 11);
    const detail = await adapter.getCall(call.id);
    const index = detail.transcript!.findIndex((t) => (t.words?.length ?? 0) >= 5);
    const turn = detail.transcript![index]!;
    render(<div style={{ width: 720 }}><CallsProvider adapter={adapter}><CallDetailPanel callId={call.id} annotationLabels={[{ id: 'h', name: 'Hallucination' }]} /></CallsProvider></div>);
    await waitForState('paused');
    const list = screen.getByRole('list', { name: 'Transcript' });
    const row = await waitFor(() => list.querySelector<HTMLElement>(`li[data-index="${index}"]`)!);
    // The second to the fourth word, dragged across by the mouse.
    const text = row.querySelector<HTMLElement>('[data-part="turn-text"]')!;
    const range = document.createRange();
    const wordBox = (k: number) => {
      const words = turn.words!;
      const before = words.slice(0, k).map((w) => w.text).join(' ').length + (k ? 1 : 0);
      const node = text.firstChild!;
      range.setStart(node, before);
      range.setEnd(node, before + words[k]!.text.length);
      return range.getBoundingClientRect();
    };
    // Where the words are once the page stops moving (the lanes and the figures above come in late).
    let from = wordBox(1);
    await waitFor(async () => {
      const before = from.top;
      await new Promise((resolve) => setTimeout(resolve, 300));
      from = wordBox(1);
      expect(from.top).toBe(before);
    }, { timeout: 10_000 });
    const to = wordBox(3);
    await commands.mouseDrag([onPage(from.left + 1, from.top + from.height / 2), onPage((from.left + to.right) / 2, to.top + to.height / 2), onPage(to.right - 1, to.top + to.height / 2)]);

    expect(window.getSelection()!.toString().split(/\s+/).length).toBe(3);
    await userEvent.click(await screen.findByRole('button', { name: 'Add note on the selected words' }));
    expect(screen.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
    // The Notes tab loads on demand, the first time it opens.
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Label' }), 'h');
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Not what the caller said{Enter}');
    await waitFor(async () => expect(await adapter.listAnnotations!(call.id)).toHaveLength(1));
    const [note] = await adapter.listAnnotations!(call.id);
    expect(note).toMatchObject({ turnIndex: index, words: [1, 3], start: turn.words![1]!.startSeconds, end: turn.words![3]!.endSeconds });

    cleanup();
    render(<div style={{ width: 720 }}><CallsProvider adapter={httpAdapter()}><CallDetailPanel callId={call.id} annotationLabels={[{ id: 'h', name: 'Hallucination' }]} /></CallsProvider></div>);
    const again = await screen.findByRole('list', { name: 'Transcript' });
    await waitFor(() => expect(again.querySelector(`li[data-index="${index}"]`)).toHaveAttribute('data-noted'));
    const marked = again.querySelectorAll(`li[data-index="${index}"] [data-part="noted-words"]`);
    expect([...marked].map((m) => m.textContent)).toEqual(turn.words!.slice(1, 4).map((w) => w.text));
    expect(again.querySelector(`li[data-index="${index}"]`)).toHaveTextContent('Noted: Hallucination');
  });

  it('words picked with the keys alone become a note on those words', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 22);
    const detail = await adapter.getCall(call.id);
    const index = detail.transcript!.findIndex((t) => (t.words?.length ?? 0) >= 5);
    const turn = detail.transcript![index]!;
    render(<div style={{ width: 720 }}><CallsProvider adapter={adapter}><CallDetailPanel callId={call.id} /></CallsProvider></div>);
    await waitForState('paused');
    const list = screen.getByRole('list', { name: 'Transcript' });
    const row = await waitFor(() => list.querySelector<HTMLElement>(`li[data-index="${index}"]`)!);
    const button = row.querySelector<HTMLElement>('[role="button"]')!;
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Enter Space ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight C Escape');
    button.focus();
    const picked = () => [...row.querySelectorAll('[data-part="picked-words"] [data-word-start]')].map((w) => w.textContent);
    const words = turn.words!.map((w) => w.text);

    // → → puts the caret on the second word; Shift+→ twice stretches it to the fourth.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    await waitFor(() => expect(picked()).toEqual(words.slice(1, 4)));
    expect(document.activeElement).toBe(button);
    expect(list.parentElement!.querySelector('[data-part="sr-only"][role="status"]')).toHaveTextContent(`Selected “${words.slice(1, 4).join(' ')}”`);
    expect(screen.getByRole('button', { name: 'Add note on the selected words' })).toBeInTheDocument();
    expect((await axe.run(document.querySelector('[data-talkturo-panel]')!)).violations.map((v) => v.id)).toEqual([]);
    // Shift+← past where it started reaches the other way: the first two words.
    await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}');
    await waitFor(() => expect(picked()).toEqual(words.slice(0, 2)));
    // Escape lets go (and is not passed on); → starts again from the first word.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(picked()).toEqual([]));
    expect(screen.queryByRole('button', { name: 'Add note on the selected words' })).toBeNull();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
    await waitFor(() => expect(picked()).toEqual(words.slice(2, 4)));

    await userEvent.keyboard('c');
    expect(screen.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Note' }), 'Picked by keys{Enter}');
    await waitFor(async () => expect(await adapter.listAnnotations!(call.id)).toHaveLength(1));
    const [note] = await adapter.listAnnotations!(call.id);
    expect(note).toMatchObject({ turnIndex: index, words: [2, 3], start: turn.words![2]!.startSeconds, end: turn.words![3]!.endSeconds, text: 'Picked by keys' });
  });
});
