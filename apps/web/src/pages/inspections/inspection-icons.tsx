import type { ReactNode, SVGProps } from 'react';

// The inspections menu icon, drawn like app/icons.tsx (24×24, stroked, currentColor, 1em).
function make(name: string, body: ReactNode) {
  const Icon = (props: SVGProps<SVGSVGElement>) => (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="duban-icon" {...props}>
      {body}
    </svg>
  );
  Icon.displayName = `Icon${name}`;
  return Icon;
}

/** 督查: a clipboard with a checklist and a magnifier. */
export const IconInspection = make('Inspection', <><path d="M15 4.5h2a1.5 1.5 0 0 1 1.5 1.5v4.5M9 4.5H7A1.5 1.5 0 0 0 5.5 6v13.5A1.5 1.5 0 0 0 7 21h5" /><rect x="9" y="3" width="6" height="3" rx="1" /><path d="m8.5 11 1.2 1.2 2.3-2.4M8.5 16h2.5" /><circle cx="17" cy="16" r="2.8" /><path d="m19 18 2 2" /></>);
