// White-label behaviour in Chromium: the host page's CSS does not reach in, ours does not reach out;
// classNames, unstyled, the light preset, a partner brand and right-to-left.
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDetailPanel, CallLogTable, CallsProvider, DE_MESSAGES, StereoRecordingPlayer, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';
import { firstCallWith, storyAdapter } from '../../stories/support/adapters';
import { lanePixels, countColour, render, screen, sleep, waitFor } from './helpers';

afterEach(() => {
  cleanup();
  document.querySelectorAll('style[data-host]').forEach((s) => s.remove());
  document.documentElement.removeAttribute('dir');
});

const HOSTILE_CSS = `
  html { font-size: 22px; }
  body { font: 20px/3 Georgia, serif; color: rgb(255, 0, 0); text-transform: uppercase; letter-spacing: 2px; word-spacing: 9px; text-align: right; }
  div, span, p, ul, li, dl, dd, dt, section, fieldset, details, summary, label, mark, kbd {
    margin: 7px; padding: 9px; border: 3px solid rgb(0, 255, 0); line-height: 3; background: rgb(0, 0, 120); float: none;
  }
  button, input, select { all: unset; background: rgb(255, 105, 180); color: rgb(255, 255, 0); padding: 20px; border: 4px dotted black; font: italic 24px serif; }
  * { box-sizing: content-box; }
  :focus-visible { outline: 5px solid red; }
  svg { width: 64px; height: 64px; }
  [role='row'] { display: block; }
  .row, .controls, .play, .toolbar { display: none; }
`;

function addHostCss() {
  const style = document.createElement('style');
  style.dataset.host = '';
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
}

const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-style', 'line-height', 'text-transform', 'letter-spacing', 'word-spacing', 'text-align', 'padding-top', 'padding-left', 'margin-top', 'margin-left', 'border-top-width', 'border-top-style', 'box-sizing', 'display', 'outline-style'];

function snapshot(root: HTMLElement) {
  const parts = [root, ...root.querySelectorAll<HTMLElement>('[data-part], button, input, select, svg, [role="gridcell"], [role="tab"]')];
  return parts.map((el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return `${el.tagName}.${el.dataset.part ?? el.getAttribute('role') ?? ''} ${PROPS.map((p) => style.getPropertyValue(p)).join('|')} ${Math.round(box.width)}x${Math.round(box.height)}`;
  });
}

async function mountAll(adapter: CallsAdapter) {
  const callId = await firstCallWith(adapter, 'short');
  render(
    <CallsProvider adapter={adapter}>
      <div data-testid="host" style={{ width: 1200 }}>
        <StereoRecordingPlayer callId={callId} />
        <CallLogTable />
        <CallDetailPanel callId={callId} />
      </div>
    </CallsProvider>,
  );
  await waitFor(() => expect(document.querySelectorAll('[data-talkturo-player][data-waveform="ready"]')).toHaveLength(2));
  // The figures come after the lanes, and the panel's transcript shows its answers' times.
  await waitFor(() => expect(document.querySelectorAll('[data-talkturo-player] [data-part="figures"]')).toHaveLength(2));
  await waitFor(() => expect(document.querySelector('[data-talkturo-panel] [data-part="response-time"]')).not.toBeNull());
  await screen.findAllByRole('row');
  await sleep(300);
  return callId;
}

describe('no leaks', () => {
  it('keeps its look in a page with aggressive CSS, and leaves the page’s look alone', async () => {
    const adapter = storyAdapter();
    await mountAll(adapter);
    const roots = [...document.querySelectorAll<HTMLElement>('[data-talkturo-root]')].filter((r) => !r.parentElement!.closest('[data-talkturo-root]'));
    expect(roots).toHaveLength(3);
    // The pointer away from the rows (an earlier test may have left it over one): hover is not a look.
    await userEvent.hover(screen.getByTestId('host'), { position: { x: 1, y: 1 } });
    await sleep(50);
    const before = roots.map(snapshot);

    // The host's own elements, which our stylesheet must not touch.
    const hostButton = document.createElement('button');
    hostButton.textContent = 'host';
    const hostParagraph = document.createElement('p');
    hostParagraph.textContent = 'host text';
    document.body.append(hostButton, hostParagraph);
    const plainParagraphMargin = getComputedStyle(hostParagraph).marginTop;

    addHostCss();
    await sleep(100);
    const after = roots.map(snapshot);
    roots.forEach((_, i) => expect(after[i]).toEqual(before[i]));

    expect(plainParagraphMargin).toBe('16px'); // the browser's default: no reset of the host
    expect(getComputedStyle(hostButton).backgroundColor).toBe('rgb(255, 105, 180)');
    expect(getComputedStyle(hostButton).fontFamily).toBe('serif');
    expect(getComputedStyle(hostParagraph).color).toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(hostParagraph).marginTop).toBe('7px');
    hostButton.remove();
    hostParagraph.remove();
  });

  it('says nothing about the vendor on screen', async () => {
    await mountAll(storyAdapter());
    expect(document.body.textContent).not.toMatch(/talkturo/i);
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].map((el) => el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('placeholder'));
    expect(labels.join(' ')).not.toMatch(/talkturo/i);
  });
});

describe('classNames and unstyled', () => {
  it('puts the host’s classes on the named parts, and unstyled drops our looks but not behaviour', async () => {
    const adapter = storyAdapter();
    const callId = await firstCallWith(adapter, 'short');
    const { rerender } = render(
      <CallsProvider adapter={adapter}>
        <StereoRecordingPlayer callId={callId} className="brand-player" classNames={{ root: 'brand-root', play: 'brand-play', controls: 'brand-controls' }} />
      </CallsProvider>,
    );
    const play = await screen.findByRole('button', { name: 'Play' });
    const root = document.querySelector<HTMLElement>('[data-talkturo-player]')!;
    expect(root).toHaveClass('brand-player', 'brand-root');
    expect(play).toHaveClass('brand-play');
    expect(play.closest('[data-part="controls"]')).toHaveClass('brand-controls');
    await waitFor(() => expect(play).toBeEnabled());
    expect(getComputedStyle(play).backgroundColor).toBe('rgb(34, 197, 94)'); // our green

    rerender(
      <CallsProvider adapter={adapter}>
        <StereoRecordingPlayer callId={callId} unstyled classNames={{ play: 'brand-play' }} />
      </CallsProvider>,
    );
    const bare = screen.getByRole('button', { name: 'Play' });
    expect(document.querySelector('[data-talkturo-player]')).toHaveAttribute('data-unstyled');
    expect(getComputedStyle(bare).backgroundColor).not.toBe('rgb(34, 197, 94)');
    expect(getComputedStyle(document.querySelector('[data-talkturo-player]')!).display).toBe('block');
    bare.click();
    await waitFor(() => expect(document.querySelector('[data-talkturo-player]')).toHaveAttribute('data-state', 'playing'));
    expect(screen.getByRole('slider', { name: 'Seek' })).toBeVisible();
  });
});

describe('themes and locales', () => {
  it('draws the light preset’s lanes in its own colours, and repaints when the theme changes', async () => {
    const adapter = storyAdapter();
    const callId = await firstCallWith(adapter, 'short');
    const view = (theme: 'light' | 'dark') => (
      <CallsProvider adapter={adapter}>
        <div style={{ width: 720 }}><StereoRecordingPlayer callId={callId} theme={theme} /></div>
      </CallsProvider>
    );
    const { rerender } = render(view('light'));
    const root = () => document.querySelector<HTMLElement>('[data-talkturo-player]')!;
    await waitFor(() => expect(root().dataset.waveform).toBe('ready'));
    await sleep(200);
    expect(getComputedStyle(root()).backgroundColor).toBe('rgb(255, 255, 255)');
    const count = (c: [number, number, number]) => lanePixels(root()).reduce((n, l) => n + countColour(l.data, c, 12), 0);
    expect(count([0x1f, 0x24, 0x30])).toBeGreaterThan(200); // dark slate caller
    expect(count([0x6d, 0x28, 0xd9])).toBeGreaterThan(200); // deep purple assistant
    rerender(view('dark'));
    await waitFor(() => expect(count([255, 255, 255])).toBeGreaterThan(200));
    expect(count([0xa7, 0x8b, 0xfa])).toBeGreaterThan(200);
  });

  it('mirrors the controls right to left but keeps the waveform’s time axis left to right', async () => {
    const adapter = storyAdapter();
    const callId = await firstCallWith(adapter, 'short');
    render(
      <CallsProvider adapter={adapter} messages={DE_MESSAGES} locale="de-DE">
        <div dir="rtl" style={{ width: 720 }}><StereoRecordingPlayer callId={callId} /></div>
      </CallsProvider>,
    );
    const play = await screen.findByRole('button', { name: 'Abspielen' });
    const download = screen.getByRole('button', { name: 'Aufnahme herunterladen' });
    expect(play.getBoundingClientRect().left).toBeGreaterThan(download.getBoundingClientRect().left); // mirrored
    const caller = screen.getByText('Anrufer');
    const waveform = document.querySelector<HTMLElement>('[data-part="waveform"]')!;
    expect(caller.getBoundingClientRect().left).toBeGreaterThan(waveform.getBoundingClientRect().left); // labels on the right
    const seek = screen.getByRole('slider', { name: 'Position' }) as HTMLInputElement;
    expect(getComputedStyle(seek).direction).toBe('ltr');
    expect(getComputedStyle(waveform).direction).toBe('ltr');
    await waitFor(() => expect(seek).toBeEnabled());
    fireEvent.change(seek, { target: { value: String(Number(seek.max) * 0.9) } });
    // The played part of the lanes grows from the left edge, as time does.
    await waitFor(() => {
      const cursor = (waveform.firstElementChild?.shadowRoot ?? waveform.shadowRoot)!.querySelector<HTMLElement>('.cursor')!;
      const box = waveform.getBoundingClientRect();
      expect((cursor.getBoundingClientRect().left - box.left) / box.width).toBeGreaterThan(0.8);
    });
    expect(screen.getByRole('button', { name: 'Tastenkürzel' })).toBeVisible();
  });
});
