// A player a partner lays out from parts, in real Chromium against the demo backend: their own play
// button and toolbar, parts in any order, a player of buttons only, lanes that come later.
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { CallsProvider, PlayerDownload, PlayerDownloadStatus, PlayerEvents, PlayerFigures, PlayerKeys, PlayerMomentLink, PlayerLanes, PlayerMuteSolo, PlayerNotes, PlayerPlayButton, PlayerRoot, PlayerSeek, PlayerSkipSilences, PlayerSpeed, PlayerTime, PlayerTurnNav, PlayerZoom, usePlayer, usePlayerCommands, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';
import { formatClock } from '../../src/format';
import { callWithRecording, captureGains, countColour, eachTestsAudio, httpAdapter, lanePixels, playerRoot, render, screen, sleep, waitFor, waitForState } from './helpers';

const audios = eachTestsAudio();
const media = () => {
  const live = audios();
  expect(live).toHaveLength(1);
  return live[0]!;
};

/** A partner's own button: it reads the status through usePlayer and acts through the commands. */
function OwnPlayButton() {
  const status = usePlayer((s) => s.status);
  const player = usePlayerCommands();
  return (
    <button type="button" className="partner-button host-go" onClick={() => player?.toggle()} disabled={status === 'loading'}>
      {status === 'playing' ? 'Hold' : 'Listen'}
    </button>
  );
}

function PartnerLayout({ callId, adapter, lanes = true }: { callId: string; adapter: CallsAdapter; lanes?: boolean }) {
  return (
    <CallsProvider adapter={adapter}>
      <div style={{ width: 640 }}>
        <PlayerRoot callId={callId} aria-label="Call recording" data-testid="root">
          <header style={{ display: 'flex', justifyContent: 'space-between' }}>
            <PlayerTime />
            <nav aria-label="Partner toolbar">
              <PlayerDownload />
              <PlayerDownloadStatus />
            </nav>
          </header>
          {lanes && <PlayerLanes />}
          <footer style={{ display: 'flex', gap: 8 }}>
            <OwnPlayButton />
            <PlayerSeek />
            <PlayerSpeed />
            <PlayerPlayButton />
          </footer>
        </PlayerRoot>
      </div>
    </CallsProvider>
  );
}

describe('a player built from parts', () => {
  it('draws, plays, pauses, seeks, changes speed and downloads in a partner layout', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    render(<PartnerLayout callId={call.id} adapter={adapter} />);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 15_000 });
    expect(playerRoot()).toHaveAttribute('aria-label', 'Call recording');
    // The lanes part draws both sides, caller white above, assistant purple below.
    const lanes = lanePixels(playerRoot());
    const white: [number, number, number] = [255, 255, 255];
    const purple: [number, number, number] = [167, 139, 250];
    expect(lanes.filter((l) => l.centre < 0.5).reduce((n, l) => n + countColour(l.data, white), 0)).toBeGreaterThan(200);
    expect(lanes.filter((l) => l.centre > 0.5).reduce((n, l) => n + countColour(l.data, purple), 0)).toBeGreaterThan(200);

    await userEvent.click(screen.getByRole('button', { name: 'Listen' }));
    await waitForState('playing');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeEnabled();
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.5), { timeout: 5_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitForState('paused');
    expect(media().paused).toBe(true);
    expect(screen.getByRole('button', { name: 'Listen' })).toBeEnabled();

    const seek = screen.getByRole('slider', { name: 'Seek' });
    seek.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(Number((seek as HTMLInputElement).value)).toBeGreaterThan(call.durationSeconds! - 1));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(Number((seek as HTMLInputElement).value)).toBe(0));
    expect(screen.getByText(/^0:00 \/ 0:\d\d$/)).toBeVisible();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '1.5');
    expect(media().playbackRate).toBe(1.5);

    const download = commands.captureDownload();
    await sleep(200);
    await userEvent.click(screen.getByRole('button', { name: 'Download recording' }));
    expect(await download).toMatchObject({ fileName: `${call.id}.mp3` });

    const result = await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(result.violations).toEqual([]);
  });

  it('plays with buttons only: no lanes, no waveform read, nothing read before Play', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'long');
    performance.clearResourceTimings();
    render(<PartnerLayout callId={call.id} adapter={adapter} lanes={false} />);
    await waitForState('paused');
    expect(playerRoot().querySelector('[data-part="waveform"]')).toBeNull();
    // Standing by: duration known from the API, the media has not read a byte.
    expect(media().preload).toBe('none');
    const recordingReads = () => performance.getEntriesByType('resource').filter((e) => /\.mp3/.test(e.name));
    expect(recordingReads()).toEqual([]);
    expect(screen.getByRole('slider', { name: 'Seek' })).toHaveAttribute('aria-valuemax', String(call.durationSeconds));
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.3), { timeout: 10_000 });
    expect(playerRoot().dataset.waveform).toBe('loading');
    // Only the media reads the recording: nothing fetches it for lanes.
    expect(recordingReads().filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch')).toEqual([]);
  });

  it('draws lanes that come later on the media as it plays', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    function Toggle() {
      const [lanes, setLanes] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setLanes((shown) => !shown)}>{lanes ? 'Hide lanes' : 'Show lanes'}</button>
          <PartnerLayout callId={call.id} adapter={adapter} lanes={lanes} />
        </>
      );
    }
    render(<StrictMode><Toggle /></StrictMode>);
    await waitForState('paused');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value)).toBeGreaterThan(1.5), { timeout: 8_000 });
    const playing = media();
    await userEvent.click(screen.getByRole('button', { name: 'Show lanes' }));
    const shownAt = playing.currentTime;
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 15_000 });
    await waitForState('playing');
    // The same media element plays on through it, never stopped or moved back: the lanes attach to it.
    await waitFor(() => expect(playing.currentTime).toBeGreaterThan(shownAt + 0.5), { timeout: 8_000 });
    expect(media()).toBe(playing);
    expect(playing.paused).toBe(false);
    // Taken away again, they leave nothing behind, and the call plays on.
    await userEvent.click(screen.getByRole('button', { name: 'Hide lanes' }));
    expect(playerRoot().querySelector('[data-part="waveform"]')).toBeNull();
    expect(playerRoot().dataset.waveform).toBe('loading');
    const hiddenAt = playing.currentTime;
    await waitFor(() => expect(playing.currentTime).toBeGreaterThan(hiddenAt + 0.3));
    expect(media()).toBe(playing);
  });

  it('forwards refs, spreads props, joins classes and runs the host handler first', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    const play = { current: null as HTMLButtonElement | null };
    const seek = { current: null as HTMLInputElement | null };
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
    render(
      <CallsProvider adapter={adapter}>
        <PlayerRoot callId={call.id} classNames={{ play: 'from-class-names' }}>
          <PlayerPlayButton ref={play} className="partner-play" data-analytics="play" title="Start" onClick={onClick} />
          <PlayerSeek ref={seek} aria-label="Position" />
        </PlayerRoot>
      </CallsProvider>,
    );
    await waitForState('paused');
    expect(play.current).toBe(screen.getByRole('button', { name: 'Play' }));
    expect(play.current).toHaveClass('from-class-names', 'partner-play');
    expect(play.current).toHaveAttribute('data-analytics', 'play');
    expect(play.current).toHaveAttribute('title', 'Start');
    // The host's own name wins over ours.
    expect(seek.current).toBe(screen.getByRole('slider', { name: 'Position' }));
    // The host took the click (preventDefault): the player does not start.
    await userEvent.click(play.current!);
    expect(onClick).toHaveBeenCalledTimes(1);
    await sleep(300);
    expect(playerRoot().dataset.state).toBe('paused');
  });

  it("leaves the host's own elements between the parts to the host's CSS", async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    render(
      <CallsProvider adapter={adapter}>
        <style>{'.host-bar { display: flex; gap: 7px; } .host-bar h3 { margin: 3px; } .host-go { background: rgb(1, 2, 3); border-radius: 0; }'}</style>
        <PlayerRoot callId={call.id}>
          <div className="host-bar" data-testid="bar">
            <h3>Recording</h3>
            <OwnPlayButton />
            <PlayerPlayButton />
          </div>
        </PlayerRoot>
      </CallsProvider>,
    );
    await waitForState('paused');
    expect(getComputedStyle(screen.getByTestId('bar')).display).toBe('flex');
    expect(getComputedStyle(screen.getByRole('heading', { name: 'Recording' })).margin).toBe('3px');
    const own = getComputedStyle(screen.getByRole('button', { name: 'Listen' }));
    expect(own.backgroundColor).toBe('rgb(1, 2, 3)');
    expect(own.borderRadius).toBe('0px');
    // Ours still looks like ours, with the focus ring of the theme.
    const ours = screen.getByRole('button', { name: 'Play' });
    expect(getComputedStyle(ours).borderRadius).toBe('50%');
    ours.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    expect(ours).toHaveFocus();
    expect(getComputedStyle(ours).outlineStyle).toBe('solid');
  });

  it('navigates turns, zooms and skips silences with those parts, in any order', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    const transcript = (await adapter.getCall(call.id)).transcript ?? [];
    expect(transcript.length).toBeGreaterThan(2);
    render(
      <CallsProvider adapter={adapter}>
        <div style={{ width: 720 }}>
          <PlayerRoot callId={call.id} transcript={transcript}>
            <PlayerSkipSilences />
            <PlayerZoom />
            <PlayerLanes />
            <PlayerTurnNav />
            <PlayerTime />
          </PlayerRoot>
        </div>
      </CallsProvider>,
    );
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 15_000 });
    expect(screen.getByRole('group', { name: `${transcript.length} turns` })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Next turn' }));
    await waitFor(() => expect(screen.getByRole('group', { name: `Turn 1 of ${transcript.length}` })).toBeVisible());
    await userEvent.click(screen.getByRole('button', { name: 'Next turn' }));
    await waitFor(() => expect(screen.getByRole('group', { name: `Turn 2 of ${transcript.length}` })).toBeVisible());
    expect(screen.getByText(new RegExp(`^${formatClock(transcript[1]!.startSeconds)} /`))).toBeVisible();

    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    await waitFor(() => expect(zoomIn).toBeEnabled());
    await userEvent.click(zoomIn);
    expect(screen.getByRole('group', { name: 'Zoom 2x' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(screen.getByRole('group', { name: 'Zoom 1x' })).toBeVisible();

    // Usable once the lanes' analysis has found the silences.
    const skip = screen.getByRole('switch', { name: 'Skip silences' });
    await waitFor(() => expect(skip).toBeEnabled(), { timeout: 10_000 });
    await userEvent.click(skip);
    expect(skip).toHaveAttribute('aria-checked', 'true');
    const result = await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(result.violations).toEqual([]);
  });

  it('renders nothing outside a root, and says why once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<div data-testid="outside"><PlayerPlayButton /><PlayerLanes /><PlayerPlayButton /></div>);
    expect(screen.getByTestId('outside')).toBeEmptyDOMElement();
    const said = warn.mock.calls.map((c) => String(c[0]));
    expect(said.filter((s) => s.includes('<PlayerPlayButton> is outside a <PlayerRoot>'))).toHaveLength(1);
    expect(said.some((s) => s.includes('<PlayerLanes> is outside'))).toBe(true);
  });

  it('says when the call has no recording, inside the root', async () => {
    const none: CallsAdapter = { ...httpAdapter(), key: 'no recording', getRecording: async () => null };
    const onError = vi.fn();
    render(
      <CallsProvider adapter={none}>
        <PlayerRoot callId="call-without-recording" onError={onError}><PlayerPlayButton /></PlayerRoot>
      </CallsProvider>,
    );
    await waitForState('none');
    expect(playerRoot()).toHaveTextContent('This call has no recording.');
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'no-recording' }));
  });

  it('mutes and solos a side with PlayerMuteSolo; a root without it never reads the samples with CORS', async () => {
    const gains = captureGains();
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    function Layout({ switches }: { switches: boolean }) {
      return (
        <CallsProvider adapter={adapter}>
          <PlayerRoot callId={call.id}>
            <PlayerPlayButton />
            <PlayerSeek />
            {switches && <PlayerMuteSolo speaker="caller" data-testid="caller" />}
            {switches && <PlayerMuteSolo speaker="assistant" />}
          </PlayerRoot>
        </CallsProvider>
      );
    }
    const { rerender } = render(<Layout switches={false} />);
    await waitForState('paused');
    expect(media().crossOrigin).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value)).toBeGreaterThan(1), { timeout: 8_000 });
    const before = media();
    const at = before.currentTime;
    // The switches come later: the engine is made anew, with CORS, from where it was, playing on.
    rerender(<Layout switches />);
    await waitFor(() => expect(screen.getByTestId('caller')).toHaveAttribute('data-listening', 'available'), { timeout: 10_000 });
    expect(media()).not.toBe(before);
    expect(media().crossOrigin).toBe('anonymous');
    await waitFor(() => expect(media().paused).toBe(false));
    expect(media().currentTime).toBeGreaterThanOrEqual(at - 0.3);
    expect(screen.getByRole('group', { name: 'Caller' })).toBe(screen.getByTestId('caller'));
    const values = () => gains.map((g) => Math.round(g.gain.value * 100) / 100);
    const soloCaller = screen.getByRole('button', { name: 'Solo caller' });
    await userEvent.click(soloCaller);
    expect(soloCaller).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(values().slice(-4)).toEqual([1, 1, 0, 0]));
    await userEvent.click(soloCaller);
    await waitFor(() => expect(values().slice(-4)).toEqual([1, 0, 0, 1])); // both: the file's stereo image
    await userEvent.click(screen.getByRole('button', { name: 'Mute assistant' }));
    expect(screen.getByRole('button', { name: 'Mute assistant' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(values().slice(-4)).toEqual([1, 1, 0, 0])); // the caller alone, in both ears
    const result = await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(result.violations).toEqual([]);
  });

  it('asks for CORS before the media loads when PlayerMuteSolo is there from the start', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    render(
      <StrictMode>
        <CallsProvider adapter={adapter}>
          <PlayerRoot callId={call.id}>
            <PlayerMuteSolo speaker="assistant" />
            <PlayerPlayButton />
          </PlayerRoot>
        </CallsProvider>
      </StrictMode>,
    );
    await waitForState('paused');
    // One engine, made with CORS from the start.
    expect(media().crossOrigin).toBe('anonymous');
    await waitFor(() => expect(screen.getByRole('group', { name: 'Assistant' })).toHaveAttribute('data-listening', 'available'), { timeout: 10_000 });
  });

  it('lists the keys behind PlayerKeys, from the one shortcut table; Escape closes it', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    render(
      <CallsProvider adapter={adapter}>
        <PlayerRoot callId={call.id}>
          <PlayerPlayButton />
          <PlayerKeys className="partner-keys" />
        </PlayerRoot>
      </CallsProvider>,
    );
    await waitForState('paused');
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).not.toBeVisible();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(list).toBeVisible();
    // The same rows as the keys do: the play key works inside the root, as the list says.
    expect(list).toHaveTextContent('Play or pause');
    expect([...list.querySelectorAll('kbd')].map((k) => k.textContent)).toContain('Space');
    expect(list).not.toHaveTextContent(/note/i);
    expect(button.closest('[data-part="keys"]')).toHaveClass('partner-keys');
    expect((await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] })).violations).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toBeVisible();
  });

  it('shows the events, the figures and a link to the moment with those parts, and reports the copied link', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    const onAudit = vi.fn();
    const events = [{ type: 'tool-call', label: 'lookup', atSeconds: 3.2 }, { type: 'transfer', label: 'Billing', atSeconds: 14.5 }];
    render(
      <CallsProvider adapter={adapter}>
        <div style={{ width: 720 }}>
          <PlayerRoot callId={call.id} onAudit={onAudit}>
            <PlayerEvents events={events} className="partner-events" />
            <PlayerLanes />
            <PlayerTime />
            <PlayerMomentLink getUrl={(id, s) => `https://dash.example/calls/${id}?t=${s}`} />
            <PlayerFigures />
          </PlayerRoot>
        </div>
      </CallsProvider>,
    );
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 15_000 });
    // The events, in step with the lanes: a click plays from one.
    const transfer = await screen.findByRole('button', { name: /Transfer Billing at 0:14/ });
    expect(transfer.closest('[data-part="event-track"]')).toHaveClass('partner-events');
    await userEvent.click(transfer);
    await waitFor(() => expect(media().currentTime).toBeGreaterThanOrEqual(14.4));
    // The figures, once the lanes are analysed.
    const figures = await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 15_000 });
    expect(figures).toHaveTextContent(/Response time/);
    // The link to the moment (whole seconds), and its audit record.
    await userEvent.click(screen.getByRole('button', { name: 'Copy link to this moment' }));
    const at = Math.floor(media().currentTime);
    expect(writeText).toHaveBeenCalledWith(`https://dash.example/calls/${call.id}?t=${at}`);
    expect(await screen.findByText(`Link to ${formatClock(at)} copied`)).toBeVisible();
    expect(onAudit).toHaveBeenCalledWith(expect.objectContaining({ type: 'copy-link', callId: call.id, at }));
    expect((await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] })).violations).toEqual([]);
  });

  it('shows the notes with PlayerNotes: a click plays from one, its handles move it by keys and the host saves it', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    const notes = [
      { id: 'n1', callId: call.id, start: 2, end: 4, text: 'Long pause', labelId: 'slow', author: { id: 'ana', name: 'Ana' }, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', version: 1 },
      { id: 'n2', callId: call.id, start: 9, text: 'Asked for a refund', author: { id: 'ana', name: 'Ana' }, createdAt: '2026-12-01T10:01:00Z', updatedAt: '2026-12-01T10:01:00Z', version: 1 },
    ];
    const onAnnotationChange = vi.fn(async () => undefined);
    render(
      <CallsProvider adapter={adapter}>
        <div style={{ width: 720 }}>
          <PlayerRoot callId={call.id}>
            <PlayerLanes />
            <PlayerNotes annotations={notes} labels={[{ id: 'slow', name: 'Slow answer' }]} onAnnotationChange={onAnnotationChange} className="partner-notes" />
            <PlayerTime />
          </PlayerRoot>
        </div>
      </CallsProvider>,
    );
    await waitForState('paused');
    const track = await screen.findByRole('list', { name: 'Notes on the timeline' });
    expect(track.closest('[data-part="notes"]')).toHaveClass('partner-notes');
    const range = await screen.findByRole('button', { name: 'Slow answer by Ana at 0:02 to 0:04' });
    const moment = screen.getByRole('button', { name: /Asked for a refund|by Ana at 0:09$/ });
    await userEvent.click(moment);
    await waitFor(() => expect(media().currentTime).toBeCloseTo(9, 0));
    range.focus();
    const end = await screen.findByRole('slider', { name: /^End of Slow answer by Ana/ });
    end.focus();
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await waitFor(() => expect(onAnnotationChange).toHaveBeenCalledWith('n1', { start: 2, end: 5 }));
    expect((await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] })).violations).toEqual([]);
  });
});
