/** The live-region announcer: mount `AnnouncerProvider` once, call `useAnnounce()` anywhere below it. */
export { AnnouncerProvider, useAnnounce, type Announce } from './announcer'
export { describeChange, type Announcement } from './edit-announcements'
export { useEditAnnouncements } from './use-edit-announcements'
