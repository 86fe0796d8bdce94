// Jest runs server modules directly; Next.js itself enforces the real `server-only` marker.
export {};
