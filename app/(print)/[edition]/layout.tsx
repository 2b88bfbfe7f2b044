import type { ReactNode } from 'react';
import { Document } from '@/components/site/document';
import { requireEdition } from '@/app/(site)/editions';

// The print view's document: the edition's language and direction, none of the site's chrome.
export default async function PrintLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ edition: string }>;
}) {
  const edition = await requireEdition(params);
  return (
    <Document lang={edition.tag} dir={edition.direction}>
      {children}
    </Document>
  );
}
