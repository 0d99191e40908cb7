// Settings and account activity: the translations its client components use (components/shell/ClientMessages.tsx).
import { ClientMessages } from '@/components/shell/ClientMessages';

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['settings']}>{children}</ClientMessages>;
}
