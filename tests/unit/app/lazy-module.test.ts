import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from '../../../src/components/lazy-component';

describe('lazyModule', () => {
  it('loads once, however often it is asked, and then reads synchronously', async () => {
    const load = vi.fn(async () => ({ answer: 42 }));
    const code = lazyModule(load);
    expect(code.loaded()).toBeNull();
    expect(code.settled()).toBe(false);
    const [first, second] = await Promise.all([code.preload(), code.preload()]);
    expect(first).toBe(second);
    expect(load).toHaveBeenCalledTimes(1);
    expect(code.settled()).toBe(true);
    expect(code.loaded()).toEqual({ answer: 42 });
  });

  it('a chunk that cannot load is settled (the view renders and says so), never loaded', async () => {
    const code = lazyModule(() => Promise.reject(new Error('404')));
    await expect(code.preload()).rejects.toThrow('404');
    expect(code.settled()).toBe(true);
    expect(code.loaded()).toBeNull();
  });
});
