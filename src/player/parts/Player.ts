// The parts a host builds its own player from, as one namespace: `<Player.Root callId=…>` around
// any of `Player.Lanes`, `Player.PlayButton`, `Player.Time`, `Player.Seek`, `Player.Speed`,
// `Player.Download` and `Player.DownloadStatus`, laid out as the host likes.
export { Root, Lanes } from './Root.js';
export { PlayButton, Time, Seek, Speed, Download, DownloadStatus } from './controls.js';
export type { PlayerRootProps as RootProps, LanesProps } from './Root.js';
export type { PlayButtonProps, TimeProps, SeekProps, SpeedProps, DownloadProps, DownloadStatusProps } from './controls.js';
