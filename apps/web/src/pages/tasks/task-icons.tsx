import type { ReactNode, SVGProps } from 'react';

// Icons of the task screens, drawn like app/icons.tsx (24×24, stroked, currentColor, 1em).
function make(name: string, body: ReactNode) {
  const Icon = (props: SVGProps<SVGSVGElement>) => (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="duban-icon" {...props}>
      {body}
    </svg>
  );
  Icon.displayName = `Icon${name}`;
  return Icon;
}

/** 督办事项: a clipboard with a tick. */
export const IconTasks = make('Tasks', <><rect x="5" y="4" width="14" height="17" rx="2" /><path d="M9 4V3h6v1.5a.5.5 0 0 1-.5.5h-5a.5.5 0 0 1-.5-.5z" /><path d="m9 13 2 2 4-4.5" /></>);
/** 挂牌督办: a flag, filled so it reads at tag size. */
export const IconFlag = make('Flag', <><path d="M5 21V4" /><path d="M5 4.5c4-2 7 2 12 0v9c-5 2-8-2-12 0z" fill="currentColor" /></>);
/** The inbox bell in the header. */
export const IconBell = make('Bell', <><path d="M6 10a6 6 0 0 1 12 0c0 5 2 6.5 2 6.5H4S6 15 6 10z" /><path d="M10 20a2.2 2.2 0 0 0 4 0" /></>);
export const IconPaperclip = make('Paperclip', <path d="m20 11.5-8 8a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.6 17.3a1.7 1.7 0 0 1-2.4-2.4L15 7" />);
