import type { RealtimeHub, TopicListener } from './hub.ts';

/** Subscribers by topic, and delivery to them; both hubs use it for their own process. */
export class TopicFanout {
  private readonly topics = new Map<string, Set<TopicListener>>();
  private readonly resyncListeners = new Set<() => void>();

  /** Adds a listener; returns its removal. */
  subscribe(topic: string, listener: TopicListener): () => void {
    let listeners = this.topics.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.topics.set(topic, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.topics.delete(topic);
    };
  }

  /** Delivers a message to the topic's listeners; one listener's failure does not stop the others. */
  deliver(topic: string, message: string): void {
    for (const listener of [...(this.topics.get(topic) ?? [])]) {
      try {
        listener(message);
      } catch {
        // A listener is a room's flush scheduler; it reports its own errors.
      }
    }
  }

  /** Adds a resync listener; returns its removal. */
  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  /** Tells every resync listener that messages may have been missed. */
  resync(): void {
    for (const listener of [...this.resyncListeners]) listener();
  }
}

/** The hub of a single app process (SQLite): delivery in memory, on the next tick. */
export class LocalHub implements RealtimeHub {
  private readonly fanout = new TopicFanout();

  async publish(topic: string, message: string): Promise<void> {
    // Delivered after the publisher's request has moved on, as it would be across processes.
    setImmediate(() => this.fanout.deliver(topic, message));
  }

  subscribe(topic: string, listener: TopicListener): () => void {
    return this.fanout.subscribe(topic, listener);
  }

  onResync(listener: () => void): () => void {
    return this.fanout.onResync(listener);
  }

  async ready(): Promise<void> {}

  async close(): Promise<void> {}
}
