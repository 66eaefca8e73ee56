// A partner's brand, made with CSS variables and a class or two (what a partner would ship), and
// Arabic words for the right-to-left stories.

const ACME_CSS = `
.acme-brand {
  --tt-surface: #0b1f2a;
  --tt-surface-raised: #12303f;
  --tt-border: #4b7a8c;
  --tt-text: #eef8fb;
  --tt-muted: #b3d0da;
  --tt-caller-wave: #fde68a;
  --tt-caller-progress: #f59e0b;
  --tt-assistant-wave: #5eead4;
  --tt-assistant-progress: #2dd4bf;
  --tt-cursor: #fb7185;
  --tt-play: #f59e0b;
  --tt-play-text: #1a1205;
  --tt-focus: #fde68a;
  --tt-row-hover: #133848;
  --tt-row-selected: #1d4a5c;
  --tt-radius: 2px;
  --tt-radius-control: 2px;
  --tt-radius-md: 2px;
  --tt-font: Georgia, 'Times New Roman', serif;
  --tt-lane-height: 64px;
}
.acme-play { box-shadow: 0 0 0 3px rgb(245 158 11 / 0.35); }
`;

/** The partner's stylesheet, as a page would load it. */
export function PartnerBrand() {
  return <style>{ACME_CSS}</style>;
}

export const ARABIC_PLAYER_MESSAGES = {
  recording: 'تسجيل المكالمة',
  caller: 'المتصل',
  assistant: 'المساعد',
  play: 'تشغيل',
  pause: 'إيقاف مؤقت',
  playbackSpeed: 'سرعة التشغيل',
  seek: 'الموضع',
  seekValueText: '{current} من {total}',
  download: 'تنزيل التسجيل',
  keyboardShortcuts: 'اختصارات لوحة المفاتيح',
  muteCaller: 'كتم المتصل',
  muteAssistant: 'كتم المساعد',
  soloCaller: 'الاستماع إلى المتصل فقط',
  soloAssistant: 'الاستماع إلى المساعد فقط',
  previousTurn: 'الدور السابق',
  nextTurn: 'الدور التالي',
  turnPosition: 'الدور {current} من {total}',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomLevel: 'التكبير {level}x',
  overlapLegend: 'يتحدثان معًا',
  silenceLegend: 'صمت طويل',
  recordingLanes: 'شكل موجة التسجيل: المتصل في الأعلى والمساعد في الأسفل',
};
