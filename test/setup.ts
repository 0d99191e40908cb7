// Vitest setup: load the publishing engine as server.ts does.
import '@/lib/publish/engine-node';
