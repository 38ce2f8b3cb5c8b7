import { hrefOf, routeOf } from './route';

describe('the dashboard’s addresses', () => {
  it.each([
    ['', { page: 'home' }],
    ['#/', { page: 'home' }],
    ['#/projects/p-1', { page: 'project', projectId: 'p-1' }],
    ['#/projects/p-1/participants/x-2', { page: 'participant', projectId: 'p-1', participantId: 'x-2' }],
    ['#/nowhere', { page: 'home' }],
  ])('%s is %j', (hash, route) => {
    expect(routeOf(hash)).toEqual(route);
  });

  it('reads back every address it writes', () => {
    const route = { page: 'participant', projectId: 'a b', participantId: 'c/d' } as const;
    expect(routeOf(hrefOf(route))).toEqual(route);
  });
});
