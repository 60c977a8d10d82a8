/**
 * The settings an app under a speed scenario starts with. Load shedding is off: these scenarios
 * measure how fast a path answers when every request is served, and a 503 from the overload guard
 * would be counted as a quick answer (or as a lost one). The guard itself is measured by the
 * overload scenario, which starts the app with the production defaults.
 */
export function benchEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return {
    TARINA_DEMO: '1',
    LOG_LEVEL: 'silent',
    TARINA_OVERLOAD_DELAY_MS: '0',
    TARINA_OVERLOAD_HEAP_MB: '0',
    TARINA_OVERLOAD_WAIT_MS: '0',
    ...extra,
  };
}
