import type { Messages } from '../messages.ts';

export const offline: Pick<Messages, 'offline'> = {
  offline: {
    offline: 'Offline',
    pending: '{{count}} to upload',
    tapToRetry: 'Tap to retry the upload now',
    retryIn: 'Retrying in {{seconds}} s; tap to retry now',
    blocked: '{{count}} waiting for you to sign in again',
    rejected: '{{count}} refused',
    rejectedTitle: 'Submissions the server refused (check and fill in again)',
    discard: 'Remove',
    queued: 'No network: saved on this device, uploads when back online',
    sent: 'Submitted',
    savedCopy: 'Offline: showing data saved at the last online visit',
    updateReady: 'A new version of Duban is available',
    reload: 'Update now',
    later: 'Later',
  },
};
