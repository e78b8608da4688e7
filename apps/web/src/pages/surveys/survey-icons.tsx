import type { ReactNode, SVGProps } from 'react';

// Icons of the survey screens, drawn like app/icons.tsx (24×24, stroked, currentColor, 1em).
function make(name: string, body: ReactNode) {
  const Icon = (props: SVGProps<SVGSVGElement>) => (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="duban-icon" {...props}>
      {body}
    </svg>
  );
  Icon.displayName = `Icon${name}`;
  return Icon;
}

/** 入户调查: a house with a form beside it. */
export const IconSurvey = make('Survey', <><path d="M2.5 11 8 6.5l5.5 4.5" /><path d="M4 10v9.5h8V10" /><path d="M7 19.5V15h2v4.5" /><rect x="15" y="8" width="6.5" height="11.5" rx="1.2" /><path d="M17 12h2.5M17 15h2.5" /></>);
