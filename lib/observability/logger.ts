// JSON logs (pino). Each request's lines carry its request id.
import pino from 'pino';
import { env } from '@/lib/env';

export const logger = pino({
  level: env.NODE_ENV === 'test' ? 'warn' : env.LOG_LEVEL,
  base: { service: 'page-magic' },
  redact: { paths: ['password', '*.password', 'headers.cookie', 'headers.authorization'], remove: true },
});
