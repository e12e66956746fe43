/**
 * The page workload of the mutation benches (bench-mutations.ts, bench-observer-cost.ts): `tasks` tasks
 * of `perTask` changes each to a feed list (half insertions, half removals), run in the page's main world.
 * `observer` optionally registers a no-op MutationObserver first: on the top-level children only, or on
 * the whole subtree. Self-contained, since Playwright sends it to the page as source text.
 */
export type WorkloadObserver = 'none' | 'top-level' | 'subtree';

export interface WorkloadArgs {
  tasks: number;
  perTask: number;
  observer: WorkloadObserver;
}

export const mutationWorkload = ({ tasks, perTask, observer }: WorkloadArgs): Promise<{ start: number; end: number }> =>
  new Promise((resolve) => {
    const noop = new MutationObserver(() => undefined);
    if (observer === 'top-level') for (const el of [document.documentElement, document.head, document.body]) noop.observe(el, { childList: true });
    if (observer === 'subtree') noop.observe(document.documentElement, { childList: true, subtree: true });
    const list = document.createElement('div');
    document.body.appendChild(list);
    const channel = new MessageChannel();
    let task = 0;
    const start = performance.now();
    channel.port1.onmessage = () => {
      for (let i = 0; i < perTask; i++) {
        const n = task * perTask + i;
        const item = document.createElement('div');
        item.className = 'feed-item';
        item.innerHTML = `<span>Item ${n}</span> ${n % 10 === 0 ? 'Download the application' : 'Some news text'}`;
        if (i % 2 === 0) list.appendChild(item);
        else list.firstChild?.remove();
      }
      // Observer callbacks are microtasks of this task: the next task starts after them.
      if (++task < tasks) channel.port2.postMessage(0);
      else setTimeout(() => resolve({ start, end: performance.now() }), 0);
    };
    channel.port2.postMessage(0);
  });
