// What the engines' checks share: the player as the page shows it, and waiting, stepping and clicking as
// a person does, for one driver (drivers.mjs).
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The player as the page shows it. */
const readPlayer = () => {
  const root = document.querySelector('[data-talkturo-player]');
  const seek = root?.querySelector('[data-part="seek"]');
  const lanes = root?.querySelector('[data-part="waveform"]')?.getBoundingClientRect();
  return root && {
    state: root.dataset.state,
    waveform: root.dataset.waveform,
    position: Number(seek?.value ?? 0),
    duration: Number(seek?.max ?? 0),
    alert: root.querySelector('[role="alert"]')?.textContent ?? null,
    lanes: lanes && { left: lanes.left, top: lanes.top, width: lanes.width, height: lanes.height },
  };
};

/** The helpers a scenario's steps use, bound to driver `d`. */
export function onPage(d, log) {
  const fail = (message) => {
    throw new Error(`${d.name}: ${message}`);
  };
  const player = () => d.run(readPlayer);
  const waitFor = async (what, check, timeout = 20_000) => {
    const started = Date.now();
    let last;
    for (;;) {
      last = await player();
      if (last && check(last)) return last;
      if (Date.now() - started > timeout) fail(`${what}: not within ${timeout / 1000} s (${JSON.stringify(last)})`);
      await sleep(200);
    }
  };
  /** What `read` finds in the page once it finds anything (not null). */
  const waitForPage = async (what, read, arg, timeout = 20_000) => {
    const started = Date.now();
    for (;;) {
      const found = await d.run(read, arg);
      if (found !== null && found !== undefined) return found;
      if (Date.now() - started > timeout) fail(`${what}: not within ${timeout / 1000} s`);
      await sleep(200);
    }
  };
  const step = async (name, fn) => {
    const started = Date.now();
    const said = await fn();
    log(`${d.name}: ${name}${said ? ` (${said})` : ''}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  const openRow = async (callId) => {
    await d.run((id) => document.querySelector(`[role="row"][data-call-id="${id}"]`)?.scrollIntoView({ block: 'center' }), callId);
    await d.click(`[role="row"][data-call-id="${callId}"] [role="gridcell"]`);
  };
  const lanePoint = (p, fraction) => ({ x: p.lanes.left + p.lanes.width * fraction, y: p.lanes.top + p.lanes.height * 0.3 });

  // A control found by what it says, as a person finds it (parts of the panel load when first opened).
  const clickLabelled = async (selector, label) => {
    await waitForPage(`"${label}"`, ([s, l]) => {
      const found = [...document.querySelectorAll(s)].find((el) => el.textContent.startsWith(l));
      found?.setAttribute('data-engine-target', l);
      return found ? true : null;
    }, [selector, label]);
    await d.click(`[data-engine-target="${label}"]`);
  };
  return { fail, player, waitFor, waitForPage, step, openRow, lanePoint, clickLabelled, sleep };
}
