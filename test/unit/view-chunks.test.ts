import { describe, expect, it } from 'vitest';
import { viewOfPath } from '../../src/app/view-chunks';

// The page's entry finds the view to fetch from the path alone, before the router has arrived:
// it must name the view the router will show, and nothing for a path the router sends elsewhere.
describe('viewOfPath', () => {
  it('names the view of each route of the app', () => {
    expect(viewOfPath('/map', '/')).toBe('map');
    expect(viewOfPath('/notifications', '/')).toBe('notifications');
    expect(viewOfPath('/review', '/')).toBe('review');
    expect(viewOfPath('/review/2021-Q3', '/')).toBe('review');
    expect(viewOfPath('/quality', '/')).toBe('quality');
    expect(viewOfPath('/present', '/')).toBe('present');
  });

  it('reads the path under the app\'s base, with or without its final slash', () => {
    expect(viewOfPath('/kp/review/2021-Q3', '/kp/')).toBe('review');
    expect(viewOfPath('/kp/map', '/kp')).toBe('map');
    expect(viewOfPath('/map', '/kp/')).toBeNull();
  });

  it('names no view for the root, an unknown path or a name that only starts like a view', () => {
    expect(viewOfPath('/', '/')).toBeNull();
    expect(viewOfPath('/nowhere', '/')).toBeNull();
    expect(viewOfPath('/mapping', '/')).toBeNull();
    expect(viewOfPath('/toString', '/')).toBeNull();
    expect(viewOfPath('/__proto__', '/')).toBeNull();
  });
});
