// The log and notes: a call's labels (its notes') show on its row, and the log filters by them.
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CallLogs, CallsProvider } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, httpAdapter, render, screen, waitFor } from './helpers';

afterEach(() => cleanup());

const LABELS = [{ id: 'escalate-log-test', name: 'Needs escalation' }, { id: 'unused-log-test', name: 'Never used' }];

describe('labels in the log', () => {
  it('a note saved in the panel shows its label on the call\'s row; the label filter lists only such calls', async () => {
    await page.viewport(1500, 900);
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 12);
    render(<div style={{ width: 1440 }}><CallsProvider adapter={adapter}><CallLogs annotationLabels={LABELS} defaultCallId={call.id} panelProps={{ defaultTab: 'notes' }} /></CallsProvider></div>);
    const grid = await screen.findByRole('grid');
    await userEvent.click(await screen.findByRole('button', { name: /^Add note at/ }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'escalate-log-test');
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Caller asked twice for a person{Enter}');
    await waitFor(async () => expect((await adapter.listAnnotations!(call.id)).length).toBe(1));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Calls with label' }), 'escalate-log-test');
    await waitFor(() => expect([...grid.querySelectorAll('[data-call-id]')].map((r) => r.getAttribute('data-call-id'))).toEqual([call.id]), { timeout: 10_000 });
    expect(grid.querySelector(`[data-call-id="${call.id}"] [data-column="labels"]`)).toHaveTextContent('Needs escalation');
    expect(within(grid).getByRole('columnheader', { name: /Labels/ })).toBeVisible();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Calls with label' }), 'unused-log-test');
    await waitFor(() => expect(grid.querySelectorAll('[data-call-id]')).toHaveLength(0));
  });
});
