// Decorative icons: the buttons carry the accessible names.
const common = { width: 20, height: 20, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;

export const PlayIcon = () => (
  <svg {...common}><path fill="currentColor" d="M8 5.5v13a1 1 0 0 0 1.5.86l10.4-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5Z" /></svg>
);

export const PauseIcon = () => (
  <svg {...common}><path fill="currentColor" d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" /></svg>
);

export const DownloadIcon = () => (
  <svg {...common}><path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19.5h14" /></svg>
);

export const KeyboardIcon = () => (
  <svg {...common}><path fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" d="M3 7h18v10H3zM6.5 10h1m3 0h1m3 0h1m3 0h.5M7 14h10" /></svg>
);

export const PreviousTurnIcon = () => (
  <svg {...common}><path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" d="M6 5v14M18 6l-8 6 8 6z" /></svg>
);

export const NextTurnIcon = () => (
  <svg {...common}><path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" d="M18 5v14M6 6l8 6-8 6z" /></svg>
);

export const ZoomInIcon = () => (
  <svg {...common}><path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM15.5 15.5 20 20M10.5 7.5v6M7.5 10.5h6" /></svg>
);

export const ZoomOutIcon = () => (
  <svg {...common}><path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM15.5 15.5 20 20M7.5 10.5h6" /></svg>
);

export const LinkIcon = () => (
  <svg {...common}><path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" /></svg>
);
