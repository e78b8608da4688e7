import type { ComponentType, ReactNode, SVGProps } from 'react';
import './icons.css';

// A small inline icon set (24×24, stroked, currentColor). The app has no icon-font dependency and
// the network may be offline, so icons are plain SVG sized like text (1em), as antd's are.
export type IconComponent = ComponentType<SVGProps<SVGSVGElement>>;

function make(name: string, body: ReactNode): IconComponent {
  const Icon = (props: SVGProps<SVGSVGElement>) => (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className="duban-icon"
      {...props}
    >
      {body}
    </svg>
  );
  Icon.displayName = `Icon${name}`;
  return Icon;
}

export const IconDashboard = make('Dashboard', <><rect x="3" y="3" width="7" height="9" rx="1.5" /><rect x="14" y="3" width="7" height="5" rx="1.5" /><rect x="14" y="12" width="7" height="9" rx="1.5" /><rect x="3" y="16" width="7" height="5" rx="1.5" /></>);
export const IconOrgTree = make('OrgTree', <><rect x="9" y="2.5" width="6" height="5" rx="1" /><rect x="2.5" y="16.5" width="6" height="5" rx="1" /><rect x="15.5" y="16.5" width="6" height="5" rx="1" /><path d="M12 7.5v4.5M5.5 16.5V12h13v4.5" /></>);
export const IconPeople = make('People', <><circle cx="9" cy="8" r="3.5" /><path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5" /><circle cx="17" cy="9" r="2.6" /><path d="M17.5 14.6c2.2.3 3.6 1.9 4 4.4" /></>);
export const IconUserKey = make('UserKey', <><circle cx="10" cy="8" r="3.8" /><path d="M3 20.5c.7-3.8 3.5-5.8 7-5.8 1.3 0 2.5.3 3.5.8" /><circle cx="18" cy="15.5" r="2.3" /><path d="M18 17.8v3.7M18 19.6h1.8" /></>);
export const IconAudit = make('Audit', <><path d="M12 2.8 4.5 5.6v5.9c0 4.7 3.1 8.3 7.5 9.7 4.4-1.4 7.5-5 7.5-9.7V5.6z" /><path d="m8.7 12 2.3 2.3 4.4-4.6" /></>);
export const IconCounty = make('County', <><path d="M3 21h18M5 21V9.5L12 5l7 4.5V21" /><path d="M9.5 21v-5h5v5M9 11.5h.01M15 11.5h.01" /><path d="M12 5V2.5h3" /></>);
export const IconTownship = make('Township', <><path d="M3 21h18M4.5 21v-9l4-3 4 3v9M12.5 21V7.5l4-3 3.5 3V21" /><path d="M7 15h3M15 11h2M15 15h2" /></>);
export const IconVillage = make('Village', <><path d="M3 11.5 12 4l9 7.5" /><path d="M5.5 9.5V20h13V9.5" /><path d="M10 20v-5.5h4V20" /></>);
export const IconGroup = make('Group', <><circle cx="12" cy="8.5" r="3" /><circle cx="5.5" cy="11" r="2.2" /><circle cx="18.5" cy="11" r="2.2" /><path d="M7 19.5c.5-3 2.5-4.6 5-4.6s4.5 1.6 5 4.6M2.5 18c.3-1.7 1.3-2.8 2.8-3.1M21.5 18c-.3-1.7-1.3-2.8-2.8-3.1" /></>);
export const IconDepartment = make('Department', <><rect x="3" y="7" width="18" height="13" rx="2" /><path d="M9 7V5a1.5 1.5 0 0 1 1.5-1.5h3A1.5 1.5 0 0 1 15 5v2M3 12.5h18M11 12.5v2h2v-2" /></>);
export const IconSearch = make('Search', <><circle cx="11" cy="11" r="6.5" /><path d="m20 20-4.2-4.2" /></>);
export const IconPlus = make('Plus', <path d="M12 5v14M5 12h14" />);
export const IconEdit = make('Edit', <><path d="M4 20h4L19 9a2.1 2.1 0 0 0-3-3L5 17z" /><path d="m14.5 7.5 3 3" /></>);
export const IconMove = make('Move', <><path d="M5 9l-3 3 3 3M9 5l3-3 3 3M15 19l-3 3-3-3M19 9l3 3-3 3M2 12h20M12 2v20" /></>);
export const IconArchive = make('Archive', <><rect x="3" y="4" width="18" height="4.5" rx="1" /><path d="M5 8.5V19a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8.5M10 12.5h4" /></>);
export const IconDownload = make('Download', <><path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M4 19.5h16" /></>);
export const IconUpload = make('Upload', <><path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M4 19.5h16" /></>);
export const IconLogout = make('Logout', <><path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 16l4-4-4-4M14 12H4" /></>);
export const IconKey = make('Key', <><circle cx="8" cy="15" r="4" /><path d="m11 12 8.5-8.5M16.5 6.5l2.5 2.5M14.5 8.5l2 2" /></>);
export const IconGlobe = make('Globe', <><circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3z" /></>);
export const IconMenuFold = make('MenuFold', <><path d="M4 6h16M10 12h10M4 18h16M7 9.5 4.5 12 7 14.5" /></>);
export const IconMenuUnfold = make('MenuUnfold', <><path d="M4 6h16M4 12h10M4 18h16M17 9.5l2.5 2.5-2.5 2.5" /></>);
export const IconUser = make('User', <><circle cx="12" cy="8" r="4" /><path d="M4 20.5c.8-4 3.9-6.2 8-6.2s7.2 2.2 8 6.2" /></>);
export const IconShield = make('Shield', <><path d="M12 2.8 4.5 5.6v5.9c0 4.7 3.1 8.3 7.5 9.7 4.4-1.4 7.5-5 7.5-9.7V5.6z" /></>);
export const IconMap = make('Map', <><path d="m3 6.5 6-2.5 6 2.5 6-2.5v13.5l-6 2.5-6-2.5-6 2.5z" /><path d="M9 4v13.5M15 6.5V20" /></>);
export const IconRefresh = make('Refresh', <><path d="M20 11a8 8 0 0 0-14.5-4.5L4 8M4 4v4h4M4 13a8 8 0 0 0 14.5 4.5L20 16M20 20v-4h-4" /></>);
export const IconCheckCircle = make('CheckCircle', <><circle cx="12" cy="12" r="9" /><path d="m8 12.3 2.7 2.7L16 9.7" /></>);
export const IconCopy = make('Copy', <><rect x="8" y="8" width="12" height="12" rx="2" /><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" /></>);
export const IconArrowRight = make('ArrowRight', <path d="M5 12h14M13 6l6 6-6 6" />);
export const IconFile = make('File', <><path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" /><path d="M14 3v5h5M9 13h6M9 17h4" /></>);
export const IconPlugin = make('Plugin', <><path d="M9 3.5h6v3a1.5 1.5 0 0 0 3 0v-.5h2.5v5.5H20a1.5 1.5 0 0 0 0 3h.5v6H15v-.5a1.5 1.5 0 0 0-3 0v.5H3.5v-6H4a1.5 1.5 0 0 0 0-3h-.5V6H9z" /></>);
export const IconEye = make('Eye', <><path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" /><circle cx="12" cy="12" r="3" /></>);
export const IconEyeOff = make('EyeOff', <><path d="M3 3l18 18" /><path d="M10.6 5.1A10.8 10.8 0 0 1 12 5c6.4 0 10 7 10 7a17.6 17.6 0 0 1-3.2 4.2M6.6 6.6C3.9 8.4 2 12 2 12s3.6 7 10 7a9.9 9.9 0 0 0 5.4-1.6" /><path d="M9.9 9.9a3 3 0 0 0 4.2 4.2" /></>);
export const IconReadings = make('Readings', <><path d="M3 20.5h18M3.5 3.5v17" /><path d="m6.5 15 4-5 3.5 3 6-7.5" /><path d="M6.5 7.5h13" strokeDasharray="2 2" /></>);
