// What compliance teams need: a recording on legal hold plays but is not offered for download (and says
// why), the caller's consent is on the events track, and every action a person takes is one audit record.
import { cleanup, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider, type AuditEvent } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, httpAdapter, playerRoot, render, screen, slider, waitFor, waitForState } from './helpers';

afterEach(() => cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('compliance', () => {
  it('a call on legal hold: Download is disabled and says why; it still plays; consent is marked on the track', async () => {
    const adapter = httpAdapter();
    const onAudit = vi.fn();
    render(<div style={{ width: 800 }}><CallsProvider adapter={adapter}><CallDetailPanel callId="legal-hold" onAudit={onAudit} /></CallsProvider></div>);
    await waitForState('paused');
    const download = screen.getByRole('button', { name: 'Download recording' });
    expect(download).toBeDisabled();
    expect(download).toHaveAccessibleDescription('No download: Legal hold: case 2026-114');
    expect(screen.getByText('No download: Legal hold: case 2026-114')).toBeVisible();
    // The keys cannot get round it either.
    download.focus();
    await userEvent.keyboard('{Enter}');
    await sleep(200);
    expect(onAudit.mock.calls.filter(([e]) => (e as AuditEvent).type === 'download')).toHaveLength(0);
    // The caller's consent: a marker at its time on the events track, and a line in the transcript.
    const track = within(playerRoot()).getByRole('list', { name: 'Events' });
    expect(within(track).getByRole('button', { name: /Recording consent given.*0:04/ })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '0:04 Consent Recording consent given' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    const results = await axe.run(playerRoot());
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('each action is exactly one audit record: play, download, copy-link, note', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 20);
    const onAudit = vi.fn<(event: AuditEvent) => void>();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    render(
      <div style={{ width: 800 }}>
        <CallsProvider adapter={adapter}>
          <CallDetailPanel callId={call.id} onAudit={onAudit} getMomentUrl={(id, s) => `https://app.test/calls/${id}?t=${s}`} getNoteUrl={(id, n) => `https://app.test/calls/${id}?note=${n}`} />
        </CallsProvider>
      </div>,
    );
    await waitForState('paused');
    const types = () => onAudit.mock.calls.map(([e]) => e.type);
    const started = Date.now();

    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    // Seeking and changing speed while playing are not new plays.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '1.5');
    slider().focus();
    await userEvent.keyboard('{ArrowRight}');
    await sleep(300);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitForState('paused');
    expect(types()).toEqual(['play']);
    const [play] = onAudit.mock.calls[0]!;
    expect(play).toMatchObject({ type: 'play', callId: call.id });
    expect(play.at).toBeGreaterThanOrEqual(0);
    expect(Date.parse(play.time)).toBeGreaterThanOrEqual(started - 1000);

    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(types()).toEqual(['play', 'play']);

    const file = commands.captureDownload();
    await sleep(200);
    await userEvent.click(screen.getByRole('button', { name: 'Download recording' }));
    await file;
    await waitFor(() => expect(types()).toEqual(['play', 'play', 'download']));

    await userEvent.click(screen.getByRole('button', { name: 'Copy link to this moment' }));
    await waitFor(() => expect(types()).toEqual(['play', 'play', 'download', 'copy-link']));

    await userEvent.click(screen.getByRole('tab', { name: 'Notes' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Add note at/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Checked for the audit{Enter}');
    await waitFor(() => expect(types()).toEqual(['play', 'play', 'download', 'copy-link', 'note']));
    await userEvent.click(await screen.findByRole('button', { name: 'Copy link to this note' }));
    await waitFor(() => expect(types()).toEqual(['play', 'play', 'download', 'copy-link', 'note', 'copy-link']));
    await sleep(300);
    expect(onAudit).toHaveBeenCalledTimes(6);
    expect(new Set(onAudit.mock.calls.map(([e]) => e.callId))).toEqual(new Set([call.id]));
  });
});
