// One site's page: the translations its client components use (components/shell/ClientMessages.tsx).
import { ClientMessages } from '@/components/shell/ClientMessages';

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['sites', 'editor', 'media']}>{children}</ClientMessages>;
}
