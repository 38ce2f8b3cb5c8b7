import { useEffect, useState } from 'react';

/** The dashboard's pages, addressed by the part of the URL after `#`. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'project'; readonly projectId: string }
  | { readonly page: 'participant'; readonly projectId: string; readonly participantId: string };

export function routeOf(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'projects' && parts[1] && parts[2] === 'participants' && parts[3]) {
    return { page: 'participant', projectId: parts[1], participantId: parts[3] };
  }
  if (parts[0] === 'projects' && parts[1]) return { page: 'project', projectId: parts[1] };
  return { page: 'home' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'project':
      return `#/projects/${encodeURIComponent(route.projectId)}`;
    case 'participant':
      return `#/projects/${encodeURIComponent(route.projectId)}/participants/${encodeURIComponent(route.participantId)}`;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
