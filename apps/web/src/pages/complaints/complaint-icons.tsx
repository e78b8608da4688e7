import type { SVGProps } from 'react';

/** 投诉受理: a telephone handset with a speech mark (drawn like app/icons.tsx: 24×24, stroked, 1em). */
export const IconComplaint = (props: SVGProps<SVGSVGElement>) => (
  <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="duban-icon" {...props}>
    <path d="M5 4h3l1.5 4-2 1.5a11 11 0 0 0 5 5l1.5-2 4 1.5v3a2 2 0 0 1-2 2A15 15 0 0 1 3 6a2 2 0 0 1 2-2z" />
    <path d="M14 3h6v5h-3l-2 2V8h-1z" />
  </svg>
);
IconComplaint.displayName = 'IconComplaint';
