'use client';
// A page that failed to render, inside the app's document (see components/shell/ErrorPage.tsx).
import ErrorPage from '@/components/shell/ErrorPage';

export default ErrorPage;
