// The root layout only passes its children on: <html> is drawn one level down, by the app's pages
// (language per request) and the marketing pages (built once per language), so that reading the
// request's language does not make the marketing pages dynamic. See components/shell/Document.tsx.
import type { Viewport } from 'next';
import './globals.css';

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
