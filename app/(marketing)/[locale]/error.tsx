'use client';
// A marketing page that failed to render, inside its document (see components/shell/ErrorPage.tsx).
import ErrorPage from '@/components/shell/ErrorPage';

export default ErrorPage;
