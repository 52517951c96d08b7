// Specs call the bridge the fixture injects (or Electron's preload exposes) from inside the page.
import type { NaslagBridge } from '@core/contract/api';

declare global {
  interface Window {
    naslag?: NaslagBridge;
  }
}
