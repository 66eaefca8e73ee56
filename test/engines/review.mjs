// The review steps of the engines' check, after playback (scenario.mjs): a call stored as two files, a
// redacted call and its original, one on legal hold, the pipeline's latency under the answers, and a note
// made, kept and shown on the track.
import { onPage } from './page.mjs';

export async function runReview(d, { base, short, callDetail, log }) {
  const { fail, player, waitFor, waitForPage, step, lanePoint, clickLabelled } = onPage(d, log);

  await step('a call stored as two files', async () => {
    await d.goto(`${base}?call=two-files`);
    const p = await waitFor('both files read and drawn', (s) => s.state === 'paused' && s.waveform === 'ready', 30_000);
    await d.click('[data-talkturo-player] [data-part="play"]');
    const q = await waitFor('playing the two as one', (s) => s.state === 'playing' && s.position > 1.5, 15_000);
    if (q.alert) fail(`an error is shown: ${q.alert}`);
    await d.click('[data-talkturo-player] [data-part="play"]');
    return `${p.duration.toFixed(0)} s drawn from two mono files, played to ${q.position.toFixed(1)} s`;
  });

  await step('a redacted call', async () => {
    await d.goto(`${base}?call=redacted`);
    await waitFor('the redacted recording drawn', (s) => s.state === 'paused' && s.waveform === 'ready', 30_000);
    const page = await d.run(() => ({
      text: document.body.innerText,
      html: document.documentElement.outerHTML.toLowerCase(),
      marks: document.querySelectorAll('[data-part="redactions"] > li').length,
    }));
    if (!page.text.includes('[email address]')) fail('no placeholder in the transcript');
    if (page.html.includes('jordan dot ellis') || page.html.includes('nine four one one zero')) fail('a redacted word is in the page');
    if (page.marks < 3) fail(`${page.marks} redactions marked on the lanes`);
    return `${page.marks} ranges marked, no redacted word in the page`;
  });

  await step('the original of a redacted call, where the host allows it', async () => {
    const p = await player();
    await d.clickAt(lanePoint(p, 0.3));
    const before = await waitFor('the position at 30 %', (s) => Math.abs(s.position / s.duration - 0.3) < 0.03, 5_000);
    await d.click('[data-talkturo-player] [data-part="original"]');
    await waitForPage('the original switched on', () => document.querySelector('[data-talkturo-player] [data-part="original"]')?.getAttribute('aria-pressed') === 'true' || null);
    await d.click('[data-talkturo-player] [data-part="play"]');
    const q = await waitFor('the original playing', (s) => s.state === 'playing' && s.position > before.position + 0.5, 15_000);
    if (q.position < before.position - 0.5 || q.alert) fail(`the original started at ${q.position.toFixed(1)} s, not ${before.position.toFixed(1)} s (${q.alert ?? 'no alert'})`);
    await d.click('[data-talkturo-player] [data-part="play"]');
    await waitFor('paused', (s) => s.state === 'paused');
    const audit = await d.run(() => [...document.querySelectorAll('.audit li')].map((li) => li.dataset.type));
    if (audit.filter((t) => t === 'original').length !== 1 || !audit.includes('play')) fail(`the audit log holds ${JSON.stringify(audit)}`);
    return `on at ${before.position.toFixed(1)} s, played on to ${q.position.toFixed(1)} s; audit: ${audit.join(', ')}`;
  });

  await step('a call on legal hold', async () => {
    await d.goto(`${base}?call=legal-hold`);
    await waitFor('the player ready', (s) => s.state === 'paused', 20_000);
    const download = await d.run(() => {
      const button = document.querySelector('[data-talkturo-player] [data-part="download"]');
      return { disabled: button?.disabled, reason: document.querySelector('[data-part="download-blocked"]')?.textContent };
    });
    if (!download.disabled || !download.reason?.includes('Legal hold')) fail(`Download: ${JSON.stringify(download)}`);
    return download.reason;
  });

  await step('the pipeline under the answers', async () => {
    await d.goto(`${base}?call=${short}`);
    await waitFor('the player ready', (s) => s.state === 'paused', 20_000);
    const wire = (await callDetail(short)).transcript.map((turn) => turn.latency).filter(Boolean);
    const shown = await waitForPage('the waterfalls', () => {
      const groups = [...document.querySelectorAll('[data-part="pipeline"]')];
      return groups.length ? groups.map((g) => Object.fromEntries([...g.querySelectorAll('li[data-stage]')].map((li) => [li.dataset.stage, li.textContent]))) : null;
    });
    if (shown.length !== wire.length) fail(`${shown.length} waterfalls for ${wire.length} answers with latency`);
    shown.forEach((stages, i) => {
      for (const stage of ['transport', 'endpointing', 'stt', 'llm', 'tool', 'tts']) {
        const ms = wire[i][`${stage}_ms`];
        const text = stages[stage];
        if ((ms === undefined) !== (text === undefined) || (text !== undefined && text.replace(/\D/g, '') !== String(ms))) fail(`answer ${i + 1}, ${stage}: the wire says ${ms}, the page ${text}`);
      }
    });
    return `${shown.length} waterfalls, every stage's number as on the wire`;
  });

  await step('a note on the timeline', async () => {
    const text = `Checked in ${d.name}`;
    const openNotes = () => clickLabelled('[role="tab"]', 'Notes');
    await openNotes();
    await clickLabelled('[data-part="notes"] button', 'Add note at');
    await d.type('[data-part="note-editor"] textarea', text);
    await d.press('Enter');
    // Functions handed to the page carry no closure: each reads the page by itself.
    const noteListed = (t) => [...document.querySelectorAll('[data-part="note-list"] > li')].some((li) => li.textContent.includes(t)) || null;
    await waitForPage('the note in the list', noteListed, text);
    const onTrack = await waitForPage('the note on the track', () => document.querySelectorAll('[data-part="note-track"] [data-part="note-mark"]').length || null);
    await d.goto(`${base}?call=${short}`);
    await waitFor('the player ready', (s) => s.state === 'paused', 20_000);
    await openNotes();
    await waitForPage('the note kept', noteListed, text);
    return `saved with Enter, ${onTrack} mark(s) on the track, there after a reload`;
  });
}
