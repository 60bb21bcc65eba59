/** Work that waits for the first view: not before it is drawn, once, and at the latest when due. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: it remembers whether a view has been drawn. */
const firstView = async () => {
  vi.resetModules();
  return import('../../src/lib/first-view');
};

describe('afterFirstView', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a view to be drawn, then runs the task once the page is idle, once', async () => {
    const { afterFirstView, firstViewDrawn } = await firstView();
    const task = vi.fn();
    afterFirstView(task, 10_000);
    vi.advanceTimersByTime(5_000);
    expect(task).not.toHaveBeenCalled();
    firstViewDrawn();
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task when due if no view is ever drawn, and not again when one is', async () => {
    const { afterFirstView, firstViewDrawn } = await firstView();
    const task = vi.fn();
    afterFirstView(task, 10_000);
    vi.advanceTimersByTime(9_999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    firstViewDrawn();
    vi.advanceTimersByTime(20_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs a task asked for after the first view soon', async () => {
    const { afterFirstView, firstViewDrawn } = await firstView();
    firstViewDrawn();
    const task = vi.fn();
    afterFirstView(task, 10_000);
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
