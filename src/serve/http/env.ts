/** What the middleware works out for each request, and what every handler may use. */
import type { Locale } from '../../rule-kit/types.js';
import type { Checker } from '../check/checker.js';
import type { UiLabels } from '../pages/labels.js';
import type { Store } from '../store/index.js';

export interface ServeSettings {
  version: string;
  /** The password or token `--auth` set; without it, no sign-in (listening on the loopback interface only). */
  password?: string;
  /** The Host headers accepted; undefined accepts any (listening beyond loopback, where --auth guards). */
  allowedHosts?: ReadonlySet<string>;
  maxFileBytes: number;
  maxRequestBytes: number;
  /** The config file the server was started with, offered as a round's rules. */
  configFile?: string;
}

export interface ServeContext {
  store: Store;
  checker: Checker;
  settings: ServeSettings;
}

export interface AppEnv {
  Variables: {
    locale: Locale;
    labels: UiLabels;
    /** The browser's session token (a cookie); CSRF tokens are derived from it. */
    token: string;
    signedIn: boolean;
    csrf: string;
  };
}
