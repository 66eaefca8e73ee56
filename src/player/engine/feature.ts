// The one way a feature plugs into the player, as a wavesurfer.js plugin does into its player: it is
// attached to an engine once, reaches the core only through the host it is handed, and everything it
// holds belongs to the engine's scope, so it goes when the engine goes. A feature's descriptor is small
// and imported only by what uses it (its part, an assembly); its real code it loads itself, on demand.
import type { RecordingSource } from '../../types.js';
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import type { Scope } from '../../util/scope.js';
import type { PlayerCommands, PlayerSnapshot } from './state.js';
import type { Store } from './store.js';

/** What an engine hands a feature as it attaches it. */
export interface FeatureHost {
  readonly store: Store<PlayerSnapshot>;
  /** The engine's: disposed with it (a feature adds its cleanups here). */
  readonly scope: Scope;
  readonly audio: HTMLAudioElement;
  readonly recording: SignedRecording;
  /** The call's first source: duration, channel order, whether it may be downloaded. */
  readonly source: RecordingSource;
  /** The URL the media reads now. */
  currentUrl(): string;
  /** Moves the playhead (the lanes follow, also before the media has its metadata). */
  seek(seconds: number): void;
  /** The host's `onError`. */
  onError(error: Error): void;
  /** Called once the media has its metadata: at once when it already has. */
  onMetadata(listener: () => void): void;
  /** The channels the lanes found in the recording: at once with what is known, then as it changes. */
  onChannels(listener: (count: number) => void): void;
  /**
   * Asked before the media gives up on a URL the storage refused; `true`: the feature dealt with it (it
   * read the samples without CORS, say) and the media tries again.
   */
  onRefusal(check: (url: string) => Promise<boolean>): void;
  /** Puts the feature behind one of the player's commands (which does nothing until a feature does). */
  command<K extends keyof PlayerCommands>(name: K, run: PlayerCommands[K]): void;
}

export interface PlayerFeature<Api = void> {
  /** One per engine: a second `use` of the same id hands back the first one's API. */
  readonly id: string;
  /**
   * It changes how the media is read (mute and solo need the samples with CORS): attached before the
   * media loads. An engine that is already loading when such a feature is asked for is made anew, from
   * where it was.
   */
  readonly beforeLoad?: boolean;
  attach(host: FeatureHost): Api;
}

/** Any feature, whatever its API: what an assembly lists. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of features with different APIs
export type AnyPlayerFeature = PlayerFeature<any>;
