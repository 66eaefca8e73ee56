// @vitest-environment node
// The stylesheet and the message catalogs as a partner meets them: tokens for everything, nothing
// global, readable waveforms in both presets, and words that are all replaceable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DE_MESSAGES, EN_MESSAGES, type Messages } from '../../src';

const css = readFileSync(new URL('../../src/theme/styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

interface Rule { selector: string; body: string; inside: string | null }

/** Top-level rules, and the rules inside @media/@supports/@container; @keyframes bodies are kept whole. */
function rules(text: string, inside: string | null = null): Rule[] {
  const out: Rule[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open === -1) break;
    let depth = 1;
    let close = open + 1;
    while (depth > 0 && close < text.length) {
      if (text[close] === '{') depth++;
      else if (text[close] === '}') depth--;
      close++;
    }
    const selector = text.slice(at, open).trim();
    const body = text.slice(open + 1, close - 1);
    if (selector.startsWith('@media') || selector.startsWith('@supports') || selector.startsWith('@container')) out.push(...rules(body, selector));
    else out.push({ selector, body, inside });
    at = close;
  }
  return out;
}

const all = rules(css);

/** A selector list split at its top-level commas (not those inside :is()/:where()/:not()). */
function splitSelectors(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  [...selector].forEach((c, i) => {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  });
  return [...parts, selector.slice(start)];
}
const declarations = (body: string) =>
  body.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const i = d.indexOf(':');
    return [d.slice(0, i).trim(), d.slice(i + 1).trim()] as const;
  });

function tokens(selectorIncludes: string): Record<string, string> {
  const block = all.find((r) => r.selector.includes(selectorIncludes) && r.body.includes('--tt-surface:'));
  if (!block) throw new Error(`no token block for ${selectorIncludes}`);
  return Object.fromEntries(declarations(block.body).filter(([k]) => k.startsWith('--tt-')));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('styles.css', () => {
  it('scopes every rule to the components and names its animations for itself', () => {
    for (const { selector, body } of all) {
      if (selector.startsWith('@keyframes')) {
        expect(selector).toMatch(/^@keyframes tt-/);
        continue;
      }
      // Token defaults sit on the document and shadow roots: they declare `--tt-*` variables and nothing else.
      const onlyTokens = declarations(body).every(([property]) => property.startsWith('--tt-'));
      if (onlyTokens && selector.startsWith(':where(:root, :host')) continue;
      for (const part of splitSelectors(selector)) {
        expect(part.trim(), selector).toMatch(/^(:where\(|:is\()?\[data-talkturo-(root|player|log|panel|logs|theme=[^\]]+)\]/);
      }
    }
  });

  it('takes every colour and length from a token', () => {
    const literal = /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b\d+(\.\d+)?(px|em|rem)\b/i;
    for (const { selector, body } of all) {
      if (selector.startsWith('@keyframes') || selector.includes("'sr-only'")) continue;
      for (const [property, value] of declarations(body)) {
        if (property.startsWith('--tt-')) continue;
        expect(`${selector} { ${property}: ${value} }`).not.toMatch(literal);
      }
    }
  });

  it.each([
    ['dark (default)', "[data-theme='dark']"],
    ['light', "[data-theme='light']"],
  ])('keeps each waveform colour at 3:1 or more against the surfaces in the %s preset', (_name, selector) => {
    const t = tokens(selector);
    for (const wave of ['--tt-caller-wave', '--tt-caller-progress', '--tt-assistant-wave', '--tt-assistant-progress']) {
      for (const surface of ['--tt-surface', '--tt-surface-raised']) {
        const ratio = contrast(t[wave]!, t[surface]!);
        expect(ratio, `${wave} ${t[wave]} on ${surface} ${t[surface]}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
      }
    }
    // The pipeline's stages, told by colour in an answer's waterfall.
    for (const stage of ['transport', 'endpointing', 'stt', 'llm', 'tool', 'tts', 'unaccounted']) {
      for (const surface of ['--tt-surface', '--tt-surface-raised']) {
        const token = `--tt-stage-${stage}`;
        expect(contrast(t[token]!, t[surface]!), `${token} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
    // The two speakers stay told apart from each other too.
    expect(contrast(t['--tt-caller-wave']!, t['--tt-assistant-wave']!)).toBeGreaterThan(1.5);
  });

  it('gives the light preset every colour token the dark one has', () => {
    const dark = Object.entries(tokens("[data-theme='dark']")).filter(([, v]) => /^(#|rgb|dark)/.test(v)).map(([k]) => k);
    const light = tokens("[data-theme='light']");
    expect(dark.filter((k) => !(k in light))).toEqual([]);
  });
});

describe('message catalogs', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const strings = (m: Messages) => Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as const] : Object.entries(v as Record<string, string>).map(([s, t]) => [`${k}.${s}`, t] as const)));

  it('German says everything English says, with the same placeholders', () => {
    const de = Object.fromEntries(strings(DE_MESSAGES));
    for (const [key, text] of strings(EN_MESSAGES)) {
      expect(de[key], key).toBeTruthy();
      expect(placeholders(de[key]!), key).toEqual(placeholders(text));
      expect(de[key], key).not.toBe(key);
    }
  });

  it('never names the vendor: partners show these words as their own', () => {
    for (const catalog of [EN_MESSAGES, DE_MESSAGES]) {
      for (const [key, text] of strings(catalog)) expect(text, key).not.toMatch(/talkturo/i);
    }
  });
});
