// Notes on a call against the demo backend: made, shown again after the page comes back, edited and
// deleted; a stale edit from another page is a conflict that keeps its text; a failed save keeps the draft.
import { cleanup, fireEvent, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AdapterError, CallDetailPanel, CallsProvider, type AnnotationLabel, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, httpAdapter, render, screen, waitFor, waitForState } from './helpers';

afterEach(() => cleanup());

const LABELS: AnnotationLabel[] = [
  { id: 'hallucination', name: 'Hallucination' },
  { id: 'great', name: 'Great answer' },
];

function panel(adapter: CallsAdapter, callId: string, testId = 'page') {
  return (
    <div data-testid={testId} style={{ width: 720 }}>
      <CallsProvider adapter={adapter}>
        <CallDetailPanel callId={callId} annotationLabels={LABELS} defaultTab="notes" />
      </CallsProvider>
    </div>
  );
}

const notesOf = (root: HTMLElement = document.body) => within(root).queryByRole('list', { name: 'Notes' });
const noteItems = (root?: HTMLElement) => [...(notesOf(root)?.querySelectorAll(':scope > li') ?? [])].map((li) => li.textContent);

describe('notes on a call', () => {
  it('makes a note at the playhead, keeps it across a reload, edits and deletes it', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 1);
    render(panel(adapter, call.id));
    await screen.findByText('No notes on this call yet.');
    await waitForState('paused'); // the recording's length known, so the slider can move
    const seek = await screen.findByRole('slider', { name: 'Seek' });
    fireEvent.change(seek, { target: { value: '5' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Add note at 0:05' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'hallucination');
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Invented a refund policy.{Enter}');
    await waitFor(() => expect(noteItems()).toEqual([expect.stringMatching(/^Hallucination0:05Demo reviewerInvented a refund policy\./)]));
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();

    // A new page: the notes come from the backend.
    cleanup();
    render(panel(httpAdapter(), call.id));
    await waitFor(() => expect(noteItems()).toHaveLength(1));
    const group = screen.getByRole('group', { name: 'Hallucination by Demo reviewer at 0:05' });
    await userEvent.click(within(group).getByRole('button', { name: 'Edit note' }));
    const text = screen.getByRole('textbox', { name: 'Note' });
    expect(text).toHaveValue('Invented a refund policy.');
    expect(text).toHaveFocus();
    await userEvent.clear(text);
    await userEvent.type(text, 'Invented a 90-day refund policy.');
    // Its time too, in seconds.
    const starts = screen.getByRole('spinbutton', { name: 'Starts at (seconds)' });
    expect(starts).toHaveValue(5);
    await userEvent.clear(starts);
    await userEvent.type(starts, '4.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(noteItems()[0]).toContain('Invented a 90-day refund policy.'));
    expect((await adapter.listAnnotations!(call.id))[0]).toMatchObject({ start: 4.5, text: 'Invented a 90-day refund policy.' });
    // Escape leaves an editor without saving.
    await userEvent.click(within(screen.getByRole('group', { name: /^Hallucination by/ })).getByRole('button', { name: 'Edit note' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), ' not this{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(noteItems()[0]).not.toContain('not this');

    await userEvent.click(within(screen.getByRole('group', { name: /^Hallucination by/ })).getByRole('button', { name: 'Delete note' }));
    await screen.findByText('No notes on this call yet.');
    cleanup();
    render(panel(httpAdapter(), call.id));
    await screen.findByText('No notes on this call yet.');
  });

  it('a range edited to end before it starts is refused in the editor, with the text kept', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 13);
    await adapter.createAnnotation!(call.id, { start: 3, end: 6, text: 'slow' });
    render(panel(adapter, call.id));
    await waitFor(() => expect(noteItems()).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Edit note' }));
    const ends = screen.getByRole('spinbutton', { name: 'Ends at (seconds)' });
    await userEvent.clear(ends);
    await userEvent.type(ends, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The end must come after the start.');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('slow');
    expect((await adapter.listAnnotations!(call.id))[0]).toMatchObject({ start: 3, end: 6 });
  });

  it('two pages edit the same note: the second save shows the conflict and keeps its text, and a second try replaces it', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 2);
    await adapter.createAnnotation!(call.id, { start: 3, labelId: 'great', text: 'Nice recovery.' });
    render(<>{panel(httpAdapter(), call.id, 'a')}{panel(httpAdapter(), call.id, 'b')}</>);
    const [a, b] = [screen.getByTestId('a'), screen.getByTestId('b')];
    // Two pages in one: each is reached through its own box (a locator, so clicks and keys go to it).
    const [pageA, pageB] = [page.getByTestId('a'), page.getByTestId('b')];
    for (const [box, at] of [[a, pageA], [b, pageB]] as const) {
      await waitFor(() => expect(noteItems(box)).toHaveLength(1));
      await at.getByRole('button', { name: 'Edit note' }).click();
    }
    await pageB.getByRole('textbox', { name: 'Note' }).fill('Nice recovery. (from B)');
    await pageA.getByRole('textbox', { name: 'Note' }).fill('Nice recovery. (from A)');
    await pageA.getByRole('button', { name: 'Save note' }).click();
    await waitFor(() => expect(noteItems(a)[0]).toContain('Nice recovery. (from A)'));
    await pageB.getByRole('button', { name: 'Save note' }).click();
    expect(await within(b).findByRole('alert')).toHaveTextContent('Someone else changed this note');
    expect(within(b).getByRole('textbox', { name: 'Note' })).toHaveValue('Nice recovery. (from B)');
    await pageB.getByRole('button', { name: 'Save note' }).click();
    await waitFor(() => expect(within(b).queryByRole('textbox', { name: 'Note' })).toBeNull());
    const [stored] = await adapter.listAnnotations!(call.id);
    expect(stored).toMatchObject({ text: 'Nice recovery. (from B)', version: 3 });
  });

  it.each([
    ['the server answers 500', () => new AdapterError('server', 'Could not save the note (HTTP 500). The API had a problem.', { status: 500 })],
    ['the network is cut mid-request', () => new AdapterError('network', 'Could not reach the API. Check the connection and try again.')],
  ])('when %s: the draft stays, the message says why, nothing half-saved; it is there again after the panel closes', async (_case, failure) => {
    const base = httpAdapter();
    const call = await callWithRecording(base, 'short', 3);
    const failing: CallsAdapter = {
      ...base,
      key: `failing notes ${_case}`,
      createAnnotation: async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        throw failure();
      },
    };
    render(panel(failing, call.id));
    await screen.findByText('No notes on this call yet.');
    await userEvent.click(screen.getByRole('button', { name: /^Add note at/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Transferred to the wrong team.{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(`The note was not saved: ${failure().message}`);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Transferred to the wrong team.');
    expect(notesOf()).toBeNull(); // the optimistic note is rolled back
    expect(await base.listAnnotations!(call.id)).toEqual([]);
    cleanup();
    render(panel(failing, call.id));
    expect(await screen.findByRole('textbox', { name: 'Note' })).toHaveValue('Transferred to the wrong team.');
  });

  it('five notes overlapping in one second: all five drawn on the track apart, each reachable by Tab, each plays from its start', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 5);
    for (const [i, at] of [6, 6.2, 6.4, 6.6, 6.8].entries()) {
      await adapter.createAnnotation!(call.id, { start: at, ...(i % 2 ? { end: 7 } : {}), labelId: i % 2 ? 'great' : 'hallucination', text: `note ${i}` });
    }
    render(panel(adapter, call.id));
    const track = await screen.findByRole('list', { name: 'Notes on the timeline' });
    await waitFor(() => expect(within(track).getAllByRole('button')).toHaveLength(5));
    const marks = within(track).getAllByRole('button');
    const boxes = marks.map((b) => b.getBoundingClientRect());
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(23);
      expect(box.height).toBeGreaterThanOrEqual(20);
    }
    // No two marks cover each other.
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
        expect(overlap, `marks ${i} and ${j}: ${JSON.stringify([p, q])} ${marks.map((m) => m.parentElement!.getAttribute("style")).join(" / ")}`).toBe(false);
      }
    }
    expect(marks.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Hallucination by Demo reviewer at 0:06',
      'Great answer by Demo reviewer at 0:06 to 0:07',
      'Hallucination by Demo reviewer at 0:06',
      'Great answer by Demo reviewer at 0:06 to 0:07',
      'Hallucination by Demo reviewer at 0:06',
    ]);
    marks[0]!.focus();
    const reached = new Set([document.activeElement]);
    // A focused range note's two handles come after it (they move its ends): 4 marks and 2 × 2 handles.
    for (let i = 0; i < 8; i++) {
      await userEvent.keyboard('{Tab}');
      reached.add(document.activeElement);
    }
    expect(marks.every((mark) => reached.has(mark))).toBe(true);
    expect([...reached].filter((e) => e?.getAttribute('role') === 'slider').map((e) => e!.getAttribute('aria-label')!.split(' of ')[0])).toEqual(['Start', 'End', 'Start', 'End']);
    marks[4]!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value)).toBeGreaterThanOrEqual(6.8));
  });

  it('a link to a note opens the Notes tab on it, selected, and each note copies a link to itself', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 6);
    await adapter.createAnnotation!(call.id, { start: 2, text: 'first' });
    const linked = await adapter.createAnnotation!(call.id, { start: 9, labelId: 'great', text: 'the one linked' });
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <CallsProvider adapter={adapter}>
        <CallDetailPanel callId={call.id} annotationLabels={LABELS} defaultNoteId={linked.id} getNoteUrl={(id, note) => `https://dash.example/calls?call=${id}&note=${note}`} />
      </CallsProvider>,
    );
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true'));
    const current = await waitFor(() => notesOf()!.querySelector('li[aria-current="true"]')!);
    expect(current).toHaveTextContent('the one linked');
    await userEvent.click(within(current as HTMLElement).getByRole('button', { name: 'Copy link to this note' }));
    expect(writeText).toHaveBeenCalledWith(`https://dash.example/calls?call=${call.id}&note=${linked.id}`);
  });

  it('shows no Notes tab when the adapter has no notes, and has no axe-core violations with notes shown', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 4);
    const { listAnnotations: _l, createAnnotation: _c, updateAnnotation: _u, deleteAnnotation: _d, ...without } = adapter;
    render(<CallsProvider adapter={{ ...without, key: 'no notes' }}><CallDetailPanel callId={call.id} /></CallsProvider>);
    await screen.findByRole('tab', { name: 'Transcript' });
    expect(screen.queryByRole('tab', { name: 'Notes' })).toBeNull();
    cleanup();
    await adapter.createAnnotation!(call.id, { start: 1, end: 4, labelId: 'great', text: 'Good greeting.' });
    render(panel(adapter, call.id));
    await waitFor(() => expect(noteItems()).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: /^Add note at/ }));
    const results = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
