import type { SVGProps } from 'react';

/** 考核: a score sheet with a check and a rising bar (same 24×24 stroked style as app/icons.tsx). */
export function IconAssessment(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="duban-icon" {...props}>
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M8 8h8M8 12h4M8 16.5l1.6 1.6L13 14.7M16 18v-3M18.5 18v-5" />
    </svg>
  );
}
