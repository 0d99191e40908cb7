// notFound() inside these pages: the 404 page in their own document.
import { NotFoundPage, notFoundMetadata } from '@/components/shell/NotFoundPage';

export const generateMetadata = notFoundMetadata;

export default NotFoundPage;
