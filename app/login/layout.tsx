import type { ReactNode } from 'react';
import { Document } from '@/components/site/document';

// The staff pages are in English whatever the editions (app/layout.tsx passes its children through).
export default function StaffDocumentLayout({ children }: { children: ReactNode }) {
  return (
    <Document lang="en" dir="ltr">
      {children}
    </Document>
  );
}
