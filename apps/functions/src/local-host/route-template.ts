/** A compiled Azure Functions route template that matches a request path and extracts its params. */
export interface RouteMatcher {
  match(path: string): Record<string, string> | undefined;
}

/**
 * Compiles the route template syntax Azure Functions uses (`appointments/{id}`, optional `{id?}`,
 * constraints such as `{n:int}`, catch-all `{*rest}`) into a matcher for paths below `/api/`.
 */
export function compileRouteTemplate(template: string): RouteMatcher {
  const names: string[] = [];
  const pattern = template
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const param = /^\{(\*)?([A-Za-z_][A-Za-z0-9_]*)(?::(\w+))?(\?)?\}$/.exec(segment);
      if (!param) return `/${escapeRegExp(segment)}`;
      const [, catchAll, name = '', constraint, optional] = param;
      names.push(name);
      const value = catchAll ? '(.+)' : constraint === 'int' ? '(\\d+)' : '([^/]+)';
      return optional || catchAll ? `(?:/${value})?` : `/${value}`;
    })
    .join('');
  const regex = new RegExp(`^/api${pattern}/?$`, 'i');
  return {
    match(path) {
      const found = regex.exec(path);
      if (!found) return undefined;
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        const value = found[index + 1];
        if (value !== undefined) params[name] = decodeURIComponent(value);
      });
      return params;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
